/**
 * How many elements each selector of the page readers matches on each fixture in tests/fixtures/pages
 * (absent = 0), so that a LinkedIn change names its selector. Kept here rather than beside the
 * selectors so that LinkedIn's tab does not carry the test's expectations.
 */
export const SELECTOR_COUNTS: Record<string, Record<string, Record<string, number>>> = {
  FORM_SELECTORS: {
    legacyModal: { 'form-request-modal': 1 },
    ariaDialog: { 'form-request-modal': 1, 'form-write-contenteditable': 1, 'feed-busy': 1 },
    nativeDialog: { 'form-write-dialog': 1 },
    main: { 'profile-legacy-connection': 1, 'profile-sdui-connection': 1, 'profile-legacy-own': 1, 'profile-sdui-own': 1, 'profile-legacy-stranger': 1, 'profile-sdui-lazy': 1, 'details-legacy': 1, 'details-own-pending': 1, 'form-request-modal': 1, 'form-write-dialog': 1, 'form-write-two-step': 1, 'form-ask-alias': 1, 'form-request-combobox': 1, 'form-write-contenteditable': 1, 'form-open-click': 1, 'form-open-timeout': 1, 'feed-busy': 1, 'profile-sdui-stranger': 1, 'details-given-tab': 1, 'form-request-two-step': 1 },
    textBoxes: { 'form-request-modal': 1, 'form-write-dialog': 1, 'form-ask-alias': 1, 'form-request-combobox': 1, 'form-write-contenteditable': 1, 'feed-busy': 1 },
    fields: { 'form-request-modal': 2, 'form-write-dialog': 2, 'form-write-two-step': 2, 'form-ask-alias': 2, 'form-request-combobox': 2, 'form-write-contenteditable': 2, 'form-request-two-step': 2 },
    labels: { 'form-request-modal': 3, 'form-write-dialog': 3, 'form-write-two-step': 2, 'form-ask-alias': 4, 'form-request-combobox': 1, 'form-write-contenteditable': 2, 'form-request-two-step': 2 },
  },
  IDENTITY_SELECTORS: {
    nav: { 'profile-legacy-connection': 2, 'profile-sdui-connection': 2, 'profile-legacy-own': 2, 'profile-sdui-own': 2, 'profile-legacy-stranger': 2, 'profile-sdui-lazy': 2, 'details-legacy': 2, 'details-own-pending': 2, 'form-request-modal': 2, 'form-write-dialog': 3, 'form-write-two-step': 2, 'form-ask-alias': 2, 'form-request-combobox': 2, 'form-write-contenteditable': 3, 'form-open-click': 2, 'form-open-timeout': 2, 'feed-busy': 2, 'profile-sdui-stranger': 2, 'details-given-tab': 2, 'form-request-two-step': 2 },
    profileLinks: { 'profile-legacy-connection': 23, 'profile-sdui-connection': 13, 'profile-legacy-own': 20, 'profile-sdui-own': 11, 'profile-legacy-stranger': 14, 'profile-sdui-lazy': 7, 'details-legacy': 18, 'details-own-pending': 12, 'form-request-modal': 14, 'form-write-dialog': 8, 'form-write-two-step': 1, 'form-ask-alias': 3, 'form-request-combobox': 2, 'form-write-contenteditable': 11, 'form-open-click': 11, 'form-open-timeout': 11, 'feed-busy': 603, 'profile-sdui-stranger': 11, 'details-given-tab': 12, 'form-request-two-step': 2 },
    memberCards: { 'profile-sdui-connection': 7, 'profile-sdui-own': 7, 'profile-sdui-lazy': 6, 'form-write-dialog': 7, 'profile-sdui-stranger': 7 },
    urnLinks: { 'profile-legacy-connection': 2, 'profile-legacy-own': 2, 'profile-legacy-stranger': 1, 'form-request-modal': 1 },
  },
  PROFILE_SELECTORS: {
    legacyName: { 'profile-legacy-connection': 1, 'profile-legacy-own': 1, 'profile-legacy-stranger': 1, 'form-request-modal': 1, 'form-write-contenteditable': 1, 'form-open-click': 1, 'form-open-timeout': 1 },
    sduiTopcard: { 'profile-sdui-connection': 1, 'profile-sdui-own': 1, 'profile-sdui-lazy': 1, 'form-write-dialog': 1, 'profile-sdui-stranger': 1 },
    mainH1: { 'profile-legacy-connection': 1, 'profile-legacy-own': 1, 'profile-legacy-stranger': 1, 'form-request-modal': 1, 'form-write-two-step': 1, 'form-ask-alias': 1, 'form-write-contenteditable': 1, 'form-open-click': 1, 'form-open-timeout': 1, 'feed-busy': 1, 'form-request-two-step': 1 },
    legacyHeadline: { 'profile-legacy-connection': 1, 'profile-legacy-own': 1, 'profile-legacy-stranger': 1, 'form-request-modal': 1, 'form-write-contenteditable': 1, 'form-open-click': 1, 'form-open-timeout': 1 },
    editIntro: { 'profile-legacy-own': 1, 'profile-sdui-own': 1 },
  },
  RECOMMENDATION_SELECTORS: {
    detailsSection: { 'profile-legacy-connection': 4, 'profile-sdui-connection': 4, 'profile-legacy-own': 4, 'profile-sdui-own': 4, 'profile-legacy-stranger': 4, 'profile-sdui-lazy': 3, 'details-legacy': 1, 'details-own-pending': 1, 'form-request-modal': 4, 'form-write-dialog': 4, 'form-write-contenteditable': 4, 'form-open-click': 4, 'form-open-timeout': 4, 'profile-sdui-stranger': 4, 'details-given-tab': 1 },
    legacyAnchor: { 'profile-legacy-connection': 1, 'profile-legacy-own': 1, 'profile-legacy-stranger': 1, 'form-request-modal': 1, 'form-write-contenteditable': 1, 'form-open-click': 1, 'form-open-timeout': 1 },
    sduiCard: { 'profile-sdui-connection': 1, 'profile-sdui-own': 1, 'form-write-dialog': 1, 'profile-sdui-stranger': 1 },
    viewNameCard: { 'profile-sdui-connection': 1, 'profile-sdui-own': 1, 'form-write-dialog': 1, 'profile-sdui-stranger': 1 },
    headings: { 'profile-legacy-connection': 5, 'profile-sdui-connection': 5, 'profile-legacy-own': 5, 'profile-sdui-own': 5, 'profile-legacy-stranger': 5, 'profile-sdui-lazy': 4, 'details-legacy': 3, 'details-own-pending': 3, 'form-request-modal': 5, 'form-write-dialog': 5, 'form-write-contenteditable': 5, 'form-open-click': 5, 'form-open-timeout': 5, 'profile-sdui-stranger': 5, 'details-given-tab': 3 },
    tabs: { 'profile-legacy-connection': 2, 'profile-sdui-connection': 2, 'profile-legacy-own': 2, 'profile-sdui-own': 2, 'profile-legacy-stranger': 2, 'details-legacy': 2, 'details-own-pending': 3, 'form-request-modal': 2, 'form-write-dialog': 2, 'form-write-contenteditable': 2, 'form-open-click': 2, 'form-open-timeout': 2, 'profile-sdui-stranger': 2, 'details-given-tab': 2 },
    expandableText: { 'profile-sdui-connection': 5, 'profile-sdui-own': 2, 'profile-sdui-stranger': 3 },
    panels: { 'profile-legacy-connection': 2, 'profile-legacy-own': 2, 'profile-legacy-stranger': 2, 'details-legacy': 2, 'details-own-pending': 3, 'form-request-modal': 2, 'form-write-contenteditable': 2, 'form-open-click': 2, 'form-open-timeout': 2, 'details-given-tab': 2 },
  },
};
