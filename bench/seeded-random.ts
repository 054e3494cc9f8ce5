// The seeded generator lives with the synthetic graph generator; the render bench imports it from here.
export { seededRandom } from '../tools/loader/synthetic/seeded-random';
