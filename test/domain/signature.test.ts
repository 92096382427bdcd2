import { checkPlan } from '../../src/domain/plan/check';
import { checkSignature } from '../../src/domain/plan/signature';
import { describeFinding } from '../../src/i18n';
import { makePlan } from './fixtures';

const sign = (council: string, signingFor: string, signerTitle: string, issuer = 'Phòng Giáo dục và Đào tạo huyện Châu Thành') =>
  checkSignature(makePlan({ info: { council, signingFor, signerTitle, issuer } }));

describe('the signature block against the issuing body (Nghị định 30/2020)', () => {
  it('warns when a deputy of the office head signs under a council heading', () => {
    const findings = sign('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG');
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['PLAN_SIGNATURE_MISMATCH', 'warning']]);
    const { message, fix } = describeFinding(findings[0]!, 'vi');
    expect(message).toContain('«KT. TRƯỞNG PHÒNG»');
    expect(message).toContain('CHỦ TỊCH');
    expect(fix).toContain('TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG / CHỦ TỊCH');
  });

  it('accepts the council signing for itself, its chair, or a vice-chair signing for the chair', () => {
    expect(sign('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'TM. HỘI ĐỒNG', 'CHỦ TỊCH')).toEqual([]);
    expect(sign('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH')).toEqual([]);
    expect(sign('Hội đồng Thi đua - Khen thưởng', '', 'Chủ tịch')).toEqual([]);
  });

  it('judges a «TM.» block by the body it names', () => {
    expect(sign('BAN CHẤP HÀNH CÔNG ĐOÀN SỞ', 'TM. BAN CHẤP HÀNH', 'CHỦ TỊCH')).toEqual([]);
    expect(sign('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH').map((f) => f.code)).toEqual(['PLAN_SIGNATURE_MISMATCH']);
  });

  it('takes the issuer as the issuing body when no council is named', () => {
    expect(sign('', 'KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG')).toEqual([]);
    expect(sign('', 'TM. HỘI ĐỒNG', 'CHỦ TỊCH').map((f) => f.code)).toEqual(['PLAN_SIGNATURE_MISMATCH']);
  });

  it('leaves bodies and titles it does not know alone', () => {
    expect(sign('TỔ CÔNG TÁC LIÊN NGÀNH', 'KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG')).toEqual([]);
    expect(sign('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'KT. THƯỜNG TRỰC', 'ỦY VIÊN')).toEqual([]);
  });

  it('is part of the plan check', () => {
    const plan = makePlan({ info: { council: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', signingFor: 'KT. TRƯỞNG PHÒNG', signerTitle: 'PHÓ TRƯỞNG PHÒNG' } });
    expect(checkPlan(plan).map((f) => f.code)).toContain('PLAN_SIGNATURE_MISMATCH');
  });
});
