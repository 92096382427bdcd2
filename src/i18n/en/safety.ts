/** What keeps the officer's files and sheets safe (English mirror of vi/safety.ts). */
type P = Readonly<Record<string, string | number>>;

export const safety = {
  templateKept: (p: P) => `  «${p.wanted}» is already in the folder (perhaps a form a unit filled in): kept as it is, the new template was written as «${p.written}».`,
  templatesKept: (p: P) => `${p.count} files already in the folder were kept, not overwritten; the new templates for those units carry a number «(2)», «(3)» ….`,
  wouldReplace: (p: P) => `Not imported: the import would overwrite the sheet «${p.sheets}», which the add-in did not create. Rename that sheet, then import again, so nothing is lost.`,
};
