// The shape of a node's stable id: a lower-case kind, a colon, then letters, digits, `_`, `.` or `-`
// (person:pat-ryder, article:000). The one rule for the server's `id` parameters and the client's guesses.
export const NODE_ID_PATTERN = /^[a-z]+:[\w.-]+$/;
