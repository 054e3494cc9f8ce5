// Our ids (`claim:synthetic-12`) to Neo4j's element ids, for the synthetic graph's nodes: the node batches fill it as
// they write, or it is read back from the database when an earlier run wrote them. Relationship batches then find
// both of their ends by element id (a direct seek in the node store) instead of by `id` through the unique index,
// which was most of the loader's cost. Element ids are only good while their node exists, so the map is never kept
// beyond one run.

export class ElementIds {
  private readonly byId = new Map<string, string>();

  get size(): number {
    return this.byId.size;
  }

  set(id: string, elementId: string): void {
    this.byId.set(id, elementId);
  }

  /** The element id of `id`, or a clear error: a relationship naming a node that is not there cannot be written. */
  get(id: string): string {
    const elementId = this.byId.get(id);
    if (elementId === undefined) {
      throw new MissingNodeError(id);
    }
    return elementId;
  }
}

export class MissingNodeError extends Error {
  override name = 'MissingNodeError';

  constructor(readonly id: string) {
    super(
      `node ${id} is not in the database, though its batch is marked as written. Delete the synthetic graph with ` +
        '"npm run load:synthetic -- --delete" and load it again.',
    );
  }
}
