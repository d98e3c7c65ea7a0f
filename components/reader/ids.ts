/** The hidden paragraph that explains what an uncertain link is (referenced by `aria-describedby`). */
export const UNCERTAIN_NOTE_ID = 'uncertain-link-note';
