import { chartStyles } from '../shared/chart.styles.js';

/** The radar chart uses the shared chart styles as they are. */
export const styles = chartStyles;
