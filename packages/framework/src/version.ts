/** The id and version of the bundled framework, which its course and mappings name. */
export const FRAMEWORK_ID = 'six-pillars';
export const FRAMEWORK_VERSION = '2.0.0';
