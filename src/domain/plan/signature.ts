/**
 * Does the signature block fit the body that issues the document (Nghị định 30/2020, Phụ lục I)?
 * «TM.» names the collective body itself; «KT.», «TL.», «TUQ.» and «Q.» name its head; with no
 * prefix the head signs. A council's document is signed for the council or by its chair, never
 * «KT. TRƯỞNG PHÒNG». Only bodies and titles this table knows are judged: an unusual one is left alone.
 */
import { finding, type Finding } from '../findings';
import { foldKey } from '../text/normalize';
import type { Plan } from './schema';

interface BodyKind {
  /** Folded words a body's name starts with. */
  readonly names: readonly string[];
  /** Folded titles of its head, the first one shown in a suggestion. */
  readonly heads: readonly string[];
  /** The head's title as printed, for the suggestion. */
  readonly head: string;
}

const kinds: readonly BodyKind[] = [
  { names: ['hoi dong'], heads: ['chu tich'], head: 'CHỦ TỊCH' },
  { names: ['uy ban nhan dan', 'ubnd'], heads: ['chu tich'], head: 'CHỦ TỊCH' },
  { names: ['ban chap hanh', 'ban thuong vu', 'ban thuong truc'], heads: ['chu tich', 'bi thu'], head: 'CHỦ TỊCH' },
  { names: ['tong cuc'], heads: ['tong cuc truong'], head: 'TỔNG CỤC TRƯỞNG' },
  { names: ['chi cuc'], heads: ['chi cuc truong'], head: 'CHI CỤC TRƯỞNG' },
  { names: ['cuc'], heads: ['cuc truong'], head: 'CỤC TRƯỞNG' },
  { names: ['phong'], heads: ['truong phong'], head: 'TRƯỞNG PHÒNG' },
  { names: ['so'], heads: ['giam doc'], head: 'GIÁM ĐỐC' },
  { names: ['bo'], heads: ['bo truong'], head: 'BỘ TRƯỞNG' },
  { names: ['vu'], heads: ['vu truong'], head: 'VỤ TRƯỞNG' },
  { names: ['ban'], heads: ['truong ban'], head: 'TRƯỞNG BAN' },
  { names: ['truong'], heads: ['hieu truong'], head: 'HIỆU TRƯỞNG' },
  { names: ['trung tam', 'benh vien', 'cong ty', 'vien'], heads: ['giam doc', 'tong giam doc', 'vien truong'], head: 'GIÁM ĐỐC' },
];

const startsWithWords = (text: string, words: string): boolean => text === words || text.startsWith(`${words} `);

/** The kind a body's name is of: the longest known leading words win («TỔNG CỤC» before «CỤC»). */
function kindOfBody(name: string): BodyKind | undefined {
  const key = foldKey(name);
  let best: { kind: BodyKind; length: number } | undefined;
  for (const kind of kinds) for (const n of kind.names) if (startsWithWords(key, n) && n.length > (best?.length ?? 0)) best = { kind, length: n.length };
  return best?.kind;
}

/** The kinds whose head bears this title («PHÓ CHỦ TỊCH» is a deputy of a chair). */
function kindsOfHead(title: string): BodyKind[] {
  const key = foldKey(title).replace(/^pho /, '');
  return kinds.filter((k) => k.heads.some((h) => startsWithWords(key, h)));
}

const prefixPattern = /^\s*(TM|KT|TL|TUQ|Q)\s*\.\s*(.*)$/iu;

export function checkSignature(plan: Plan): Finding[] {
  const info = plan.info;
  const bodyName = info.council.trim() !== '' ? info.council : info.issuer;
  const body = kindOfBody(bodyName);
  if (!body) return [];
  const match = prefixPattern.exec(info.signingFor);
  const prefix = match ? foldKey(match[1] ?? '') : '';
  const named = match ? (match[2] ?? '') : info.signingFor;
  let fits = true;
  if (prefix === 'tm') {
    const kind = kindOfBody(named);
    if (kind && kind !== body) fits = false;
  } else {
    // KT./TL./TUQ./Q. name the head; with no prefix the signer's own title is the head's.
    const title = match ? named : info.signerTitle;
    const heads = kindsOfHead(title);
    if (heads.length > 0 && !heads.includes(body)) fits = false;
  }
  if (fits) return [];
  return [
    finding('PLAN_SIGNATURE_MISMATCH', {
      signingFor: info.signingFor,
      signerTitle: info.signerTitle,
      body: bodyName,
      head: body.head,
      expected: `TM. ${bodyName.toLocaleUpperCase('vi')} / ${body.head}`,
    }),
  ];
}
