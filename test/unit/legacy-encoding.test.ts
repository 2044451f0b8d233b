import { describe, expect, it } from 'vitest';
import {
  convertLegacyText,
  legacyFontOf,
  tcvn3ToUnicode,
  vniToUnicode,
} from '../../electron/backend/importer/legacy-encoding';

// The legacy strings below are typed by hand from the TCVN3 (ABC) and VNI-Windows code charts, as
// Excel stores them (each byte as the Latin-1 character with that code; TCVN3's ư is 0xAD, the
// invisible soft hyphen, written \u00ad here).

describe('tcvn3ToUnicode', () => {
  it.each([
    ['Së Khoa häc vµ C«ng nghÖ', 'Sở Khoa học và Công nghệ'],
    ['Uû ban nh©n d©n tØnh Lai Ch©u', 'Uỷ ban nhân dân tỉnh Lai Châu'],
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Tr\u00adêng §¹i häc', 'Trường Đại học'],
    ['M\u00adêng Kh\u00ad¬ng', 'Mường Khương'],
    ['B¶o Th¾ng', 'Bảo Thắng'],
    ['®· hoµn thµnh', 'đã hoàn thành'],
    ['®ang thùc hiÖn', 'đang thực hiện'],
    ['ch\u00ada thùc hiÖn', 'chưa thực hiện'],
    ['KÕt qu¶ thùc hiÖn nhiÖm vô', 'Kết quả thực hiện nhiệm vụ'],
    ['chuyÓn ®æi sè', 'chuyển đổi số'],
    ['§æi míi s¸ng t¹o', 'Đổi mới sáng tạo'],
    ['Ng\u00adêi lËp biÓu', 'Người lập biểu'],
    ['¨n uèng, ¬n nghÜa, \u00adu tiªn', 'ăn uống, ơn nghĩa, ưu tiên'],
    ['kü thuËt, lý do, tû lÖ, hû, ý', 'kỹ thuật, lý do, tỷ lệ, hỷ, ý'],
  ])('%s → %s', (legacy, unicode) => {
    expect(tcvn3ToUnicode(legacy)).toBe(unicode);
  });

  it('covers every letter of the lower-case font', () => {
    const letters = new Set<string>();
    for (let code = 0xa1; code <= 0xfe; code++) {
      const u = tcvn3ToUnicode(String.fromCharCode(code));
      if (u !== String.fromCharCode(code)) letters.add(u);
    }
    // 12 vowels × 5 tones + ă â ê ô ơ ư đ + 7 capitals = 74, less ý, whose code 0xFD is ý in Latin-1.
    expect(letters.size).toBe(73);
    expect(tcvn3ToUnicode('\u00fd')).toBe('ý');
    expect([...letters].every((l) => l === l.normalize('NFC'))).toBe(true);
  });

  it('upper-cases text of the .VnTimeH fonts, which draw lower-case codes as capitals', () => {
    expect(tcvn3ToUnicode('b¸o c¸o kÕt qu¶', { upperCase: true })).toBe('BÁO CÁO KẾT QUẢ');
    expect(tcvn3ToUnicode('së khoa häc vµ c«ng nghÖ', { upperCase: true })).toBe(
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    );
  });

  it('leaves ASCII alone', () => {
    expect(tcvn3ToUnicode('Quy 3/2025: 35,2%')).toBe('Quy 3/2025: 35,2%');
  });
});

describe('vniToUnicode', () => {
  it.each([
    ['Sôû Khoa hoïc vaø Coâng ngheä', 'Sở Khoa học và Công nghệ'],
    ['UÛy ban nhaân daân tænh Lai Chaâu', 'Ủy ban nhân dân tỉnh Lai Châu'],
    ['Uyû ban', 'Uỷ ban'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Tröôøng Ñaïi hoïc', 'Trường Đại học'],
    ['ngöôøi laäp bieåu', 'người lập biểu'],
    ['ñaõ hoaøn thaønh', 'đã hoàn thành'],
    ['ñang thöïc hieän', 'đang thực hiện'],
    ['chöa thöïc hieän', 'chưa thực hiện'],
    ['chuyeån ñoåi soá', 'chuyển đổi số'],
    ['Ñoåi môùi saùng taïo', 'Đổi mới sáng tạo'],
    ['aên uoáng, ôn nghóa, öu tieân', 'ăn uống, ơn nghĩa, ưu tiên'],
    ['thaéng, laèn, ñaúng, meõ, naëng', 'thắng, lằn, đẳng, mẽ, nặng'],
    ['kyõ thuaät, tyû leä, yù kieán, tyø, kyø', 'kỹ thuật, tỷ lệ, ý kiến, tỳ, kỳ'],
    ['öùng, öø, söû, öõ, öï, ôù, ôø, ôû, ôõ, ôï', 'ứng, ừ, sử, ữ, ự, ớ, ờ, ở, ỡ, ợ'],
    ['ích, ì, æ, ó, ò, î', 'ích, ì, ỉ, ĩ, ị, ỵ'],
    ['BAÙO CAÙO KEÁT QUAÛ', 'BÁO CÁO KẾT QUẢ'],
    ['ÔÛ, ÖÙ, ÑAÊNG, ÑOÀNG', 'Ở, Ứ, ĐĂNG, ĐỒNG'],
  ])('%s → %s', (legacy, unicode) => {
    expect(vniToUnicode(legacy)).toBe(unicode);
  });

  it('takes the case from the base letter when modifiers are mixed', () => {
    expect(vniToUnicode('Aù')).toBe('Á');
    expect(vniToUnicode('aÙ')).toBe('á');
  });
});

describe('legacy fonts', () => {
  it('recognises TCVN3 and VNI fonts by name', () => {
    expect(legacyFontOf('.VnTime')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(legacyFontOf('.VnTimeH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(legacyFontOf('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(legacyFontOf('VNI-Times')).toEqual({ encoding: 'vni', upperCase: false });
    expect(legacyFontOf('VNI-Helve')).toEqual({ encoding: 'vni', upperCase: false });
    expect(legacyFontOf('Times New Roman')).toBeNull();
    expect(legacyFontOf(undefined)).toBeNull();
  });

  it('does not convert text that is already Unicode Vietnamese', () => {
    const font = { encoding: 'tcvn3' as const, upperCase: false };
    expect(convertLegacyText('Sở Khoa học và Công nghệ', font)).toBeNull();
    expect(convertLegacyText('abc 123', font)).toBeNull();
    expect(convertLegacyText('Së', font)).toBe('Sở');
  });
});
