// What scripts/build-world-cities.mjs needs of the analysis: the fold and the given-name guard.
export { foldText } from '../../src/core/text/fold';
export { mayBeGivenName } from '../../src/core/analysis/given-names';
