// How claims read in the client: the server's own wording for figures and date precision, so the table, the
// inspector and the CSV export say the same thing.
export {
  describeDatePrecision,
  describePublishedPrecision,
  formatFigure,
} from '../../../../server/src/claims/claim-figures';
