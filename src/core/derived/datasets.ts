import { compareRowsDataset } from './compare-rows/dataset';
import type { DerivedDataset } from './dataset';
import { exploreGroupingsDataset } from './explore-groupings';
import { nearDuplicatesDataset } from './near-duplicates';
import { searchIndexDataset } from './search-index';
import { suggestionsDataset } from './suggestions';
import { twinGroupsDataset } from './twin-groups';
import { siteTemplatesDataset } from './site-templates/dataset';
import { nameSpellingsDataset } from './name-spellings';

/**
 * Every derived dataset of a library, in the order they are kept current: the search index
 * before the suggestions that replay its change log, the compare rows before the groupings
 * made of them (and the spellings of names), the near-duplicate links before the groups of copies made of them.
 */
export const DATASETS: readonly DerivedDataset[] = [
  searchIndexDataset,
  suggestionsDataset,
  nearDuplicatesDataset,
  twinGroupsDataset,
  compareRowsDataset,
  exploreGroupingsDataset,
  siteTemplatesDataset,
  nameSpellingsDataset,
];
