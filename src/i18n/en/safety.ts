/** What keeps the officer's files and sheets safe (English mirror of vi/safety.ts). */
type P = Readonly<Record<string, string | number>>;

export const safety = {
  wouldReplace: (p: P) => `Not imported: the import would overwrite the sheet «${p.sheets}», which the add-in did not create. Rename that sheet, then import again, so nothing is lost.`,
};
