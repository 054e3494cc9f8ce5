// Short messages for the user about what just happened (or went wrong), shown near the graph.
export type Notice = { type: 'info'; text: string } | { type: 'error'; text: string; code?: string };
