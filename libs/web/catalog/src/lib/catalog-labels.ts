import type {
  Confidence,
  Hosting,
  Licence,
  NoteSourceType,
  NoteTag,
  ProductCategory,
  SearchKind,
  VendorStatus,
} from '@assay/web/core';

/** Words people read for the catalogue's enumerations, in the order forms offer them. */
export const VENDOR_STATUS: Record<VendorStatus, string> = {
  ACTIVE: 'Active',
  WATCH: 'Watch',
  ACQUIRED: 'Acquired',
  INACTIVE: 'Inactive',
};
export const VENDOR_STATUS_HINT: Record<VendorStatus, string> = {
  ACTIVE: 'Trading',
  WATCH: 'Concerns noted',
  ACQUIRED: 'Bought by another company',
  INACTIVE: 'No longer trading or selling',
};
export const CATEGORY: Record<ProductCategory, string> = {
  ILS: 'ILS',
  LSP: 'Library services platform',
  DISCOVERY: 'Discovery',
  ERM: 'Electronic resource management',
  DIGITAL_REPOSITORY: 'Digital repository',
  OTHER: 'Other',
};
export const LICENCE: Record<Licence, string> = { OPEN_SOURCE: 'Open source', PROPRIETARY: 'Proprietary' };
export const HOSTING: Record<Hosting, string> = {
  SAAS: 'SaaS',
  VENDOR_HOSTED: 'Vendor-hosted',
  SELF_HOSTED: 'Self-hosted',
};
export const SOURCE_TYPE: Record<NoteSourceType, string> = {
  URL: 'Web page',
  DOCUMENT: 'Document',
  DEMO: 'Demo',
  REFERENCE_CALL: 'Reference call',
  CONFERENCE: 'Conference',
  OTHER: 'Other',
};
export const NOTE_TAG: Record<NoteTag, string> = {
  FINANCIAL_HEALTH: 'Financial health',
  INSTALL_BASE: 'Install base',
  ROADMAP: 'Roadmap',
  SUPPORT: 'Support',
  SECURITY: 'Security',
  ACCESSIBILITY: 'Accessibility',
  PRICING: 'Pricing',
};
export const CONFIDENCE: Record<Confidence, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };
export const SEARCH_KIND: Record<SearchKind, string> = {
  VENDOR: 'Vendor',
  PRODUCT: 'Product',
  RESEARCH_NOTE: 'Research note',
  REQUIREMENT: 'Requirement',
  TEST_CASE: 'Test case',
};

/** The keys of a label table, typed, in declaration order. */
export function keysOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}

/** Only web addresses are ever made into links: a `javascript:` or `data:` URL stays text. */
export function safeWebUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "Excellent" for 5, for the text next to stars and for screen readers. */
export const RATING_WORDS = ['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const;

/** The local date today as YYYY-MM-DD, the form the catalogue's date fields take. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
