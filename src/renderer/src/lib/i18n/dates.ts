/** Dates as the UI writes them: the shared formatter, which the compare HTML export uses too. */
export { formatPartialDate } from '../../../../shared/i18n/dates';
