import type { LocalizedText } from '@dtc/schema';

/** Where the bundled framework comes from, and what is this toolkit's own proposal. */
export const about: LocalizedText = {
  en: 'The framework and its six pillars come from “Six pillars for the digital transformation of education: a common framework”, published in 2024 by UNESCO with UNICEF, ITU, GPE and the partners of the Digital Transformation Collaborative. The components of two pillars, “connectivity and infrastructure” and “data and evidence”, are those named in published material and are marked as published. Everything else is this toolkit’s own proposal: the components of the other four pillars (marked as proposed), every question, every level descriptor, and the wording of the vision and of the education outcomes. It is offered for discussion, to be reviewed and adapted by the people who use it.',
};
