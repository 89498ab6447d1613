/**
 * The evidence panel, apart from the library's routes: the recommendation page, a submitted version
 * and the decision all read their evidence through it.
 */
export * from './lib/evidence/evidence-panel.component';
export * from './lib/evidence/evidence-format';
