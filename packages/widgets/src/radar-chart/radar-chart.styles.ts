import { chartStyles } from '../shared/charts/chart.styles.js';

/** The radar chart uses the shared chart styles as they are. */
export const styles = chartStyles;
