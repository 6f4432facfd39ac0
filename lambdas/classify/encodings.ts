/**
 * The text encoding of an export: UTF-8, UTF-16, or the code page Excel saves a "CSV" in on a
 * Windows of the user's language, told from the file's first bytes.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1250' | 'windows-1253' | 'iso-8859-7' | 'windows-1251' | 'windows-1256' | 'windows-1255'
  | 'shift_jis' | 'euc-kr' | 'gb18030' | 'big5';

/**
 * The text encoding of an export, from its first bytes: UTF-16 by its byte-order mark, or
 * without one by its zero bytes (Excel's "Unicode text", SQL Server and PowerShell exports);
 * UTF-8 when the bytes are valid UTF-8 (ASCII included); otherwise Excel's "CSV" on Japanese,
 * Korean or Chinese Windows (see eastAsianEncoding), or Windows-1252, the encoding of Excel's "CSV"
 * on Western-European Windows (a superset of Latin-1), or Excel's on Greek or Cyrillic Windows (see
 * singleByteScript). Only the first bytes are read: a file that turns invalid later is decoded as
 * UTF-8 with replacement characters.
 */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = Math.min(head.length, 4096) & ~1;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < sample; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) zerosEven++;
    else zerosOdd++;
  }
  // ASCII text in UTF-16 has a zero in every other byte; UTF-8 text has none.
  if (sample >= 8 && zerosOdd > sample * 0.3 && zerosEven < zerosOdd / 10) return 'utf-16le';
  if (sample >= 8 && zerosEven > sample * 0.3 && zerosOdd < zerosEven / 10) return 'utf-16be';
  // A chunk may end inside a character: judge up to the start of its last one (past up to three continuation bytes
  // 10xxxxxx and the lead byte 11xxxxxx), not up to its last ASCII byte, which in Chinese text is lines away.
  let end = head.length;
  while (end > 0 && head.length - end < 3 && ((head[end - 1] ?? 0) & 0xc0) === 0x80) end--;
  if (end > 0 && (head[end - 1] ?? 0) >= 0xc0) end--;
  return isUtf8(head.subarray(0, end)) ? 'utf-8' : eastAsianEncoding(head) ?? singleByteScript(head);
}

/**
 * The double-byte encoding of an East Asian Excel "CSV", where the start decodes without an error in it and most of its
 * characters are that language's commonest: Shift_JIS (Japanese: kana), EUC-KR as Windows writes it (CP949: Hangul),
 * GB18030 (GBK's superset: simplified Chinese) or Big5 (traditional Chinese). Their byte ranges overlap, so a text decodes
 * in several; only in its own are its characters the common ones (GBK's 张 is two half-width kana in Shift_JIS, a
 * Korean text's syllables random characters in GBK).
 */
function eastAsianEncoding(head: Uint8Array): TextEncoding | undefined {
  // Whole lines only: a chunk may end inside a character (a line end is no byte of one in any of these).
  const end = head.lastIndexOf(0x0a);
  const text = head.subarray(0, end > 0 ? end : head.length);
  let best: TextEncoding | undefined;
  let bestShare = EAST_ASIAN_SHARE;
  for (const [encoding, common] of EAST_ASIAN) {
    let decoded: string;
    try {
      decoded = new TextDecoder(encoding, { fatal: true }).decode(text);
    } catch {
      continue;
    }
    let wide = 0;
    let hits = 0;
    for (const char of decoded) {
      if (char.charCodeAt(0) < 0x80) continue;
      wide++;
      if (common(char)) hits++;
    }
    if (wide >= 10 && hits / wide > bestShare) {
      best = encoding;
      bestShare = hits / wide;
    }
  }
  return best;
}

/** The share of a text's non-ASCII characters that must be its language's commonest (see eastAsianEncoding). */
const EAST_ASIAN_SHARE = 0.25;
/** Kana (not half-width: Shift_JIS's single bytes are other encodings' lead bytes), Hangul syllables and Han characters common in records and forms. */
const KANA = /[\u3041-\u3096\u30a1-\u30fa\u30fc]/;
/**
 * Kanji common in Japanese records (prefectures, wards, addresses, the commonest family names, a clinic's and an HR file's
 * words) and the ideographic space between a family and a given name: Japanese records are mostly kanji where they are names
 * and addresses (a clinic's patient list: a fifth of its characters kana).
 */
const COMMON_JAPANESE = new Set([...'\u3000都道府県市区町村郡丁目番地号東京大阪京都北海愛知神奈川埼玉千葉兵庫福岡静岡広島宮城新潟長野岐阜栃木群馬茨城三重熊本鹿児島沖縄札幌横浜名古屋中央西南'
  + '田中山本小林鈴木佐藤高橋伊渡辺加吉村松井上下清水森池原野口石川斎藤前坂岡村谷内太郎子美恵一二三郎健誠隆明和幸治'
  + '患者番号氏名性別男女生年月日郵便住所電話個人保険被記診療科病院内外精神整形眼耳鼻咽喉皮膚泌尿器産婦人歯症薬処方検査結果最終来院社員部署役職給与']);
const COMMON_HANGUL = new Set([...'이김박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민나진지엄원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호시동번화름생년월일울특별광역산충청북라세종로아파트상품수량액결송휴대폰메우의는을를에과와로서다요니습입니다학교병원환자보험진료과목']);
const COMMON_SIMPLIFIED = new Set([...'的一是不了人在有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台记边共风战接它许八特觉望直服林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完深区即求品士转量空众技轻程告江语英基派满式李息写识极令黄德收钱党未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切份证号码姓别族籍贯址省县街镇乡村户邮箱额订货买卖价格支付宝账号薪王伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红燕梅丹']);
const COMMON_TRADITIONAL = new Set([...'的一是不了人在有我他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可她裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部正名定女問力機給等幾很業最間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關並內加化由卻代軍產入先山五太水萬市眼體別處總才場師書比住員九笑性通目華報立馬命張活難神數件安表原車白應路期叫死常提感金何更反合放做係計或司利受光王果親界及今京務制解各任至清物台記邊共風戰接它許八特覺望直服林題建南度統色字請交愛讓認算論百吃義科怎元社術結六功指思非流每青管夫連遠資隊跟帶花快條院變聯言權往展該領傳近留紅治決周保達辦運武半候七必城父強步完深區即求品士轉量空眾技輕程告江語英基派滿式李息寫識極令黃德收錢黨未持取設始版雙歷越史商千片容研像找友孩站廣改議形委早房音火際則首單據導影失拿網香似斯專石若兵弟誰校讀志飛觀爭究包組造落視濟喜離雖壞興切份證號碼姓別族籍貫址省縣街鎮鄉村戶郵箱額訂貨買賣價格會臺灣陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范宋方鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯黃田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒張闕凌崔尹孔歐辛武辜陶段龍韋葛池孟褚殷麥賀賈莫文管關向包丘梅華利裴樊房全佘左花']);
const EAST_ASIAN: ReadonlyArray<readonly [TextEncoding, (char: string) => boolean]> = [
  ['shift_jis', (char) => KANA.test(char) || COMMON_JAPANESE.has(char)],
  ['euc-kr', (char) => COMMON_HANGUL.has(char)],
  ['gb18030', (char) => COMMON_SIMPLIFIED.has(char)],
  ['big5', (char) => COMMON_TRADITIONAL.has(char)],
];

/**
 * Which single-byte code page a text not in UTF-8 is in. Western-European words carry an accented letter here and there
 * ("Müller", "café"); Greek and Cyrillic words are letters of the upper half throughout, in runs. Those are Greek or
 * Cyrillic (Windows-1251) by their commonest letters: Greek's α and τ (0xE1, 0xF4) are Cyrillic's rare б and ф, Cyrillic's
 * а and о (0xE0, 0xEE) Greek's rare ΰ and ξ. Greek is Windows-1253 (Excel's), or ISO-8859-7 where its Ά (0xB6, 1253's ¶)
 * shows and nothing of 1253's own (its Ά at 0xA2, its € and quotes at 0x80-0x9F) does: the two differ there and in €.
 * Arabic (Windows-1256) shows its definite article, alif lam; Hebrew (Windows-1255) has no capitals and no letters past 0xFA.
 */
function singleByteScript(head: Uint8Array): TextEncoding {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  let greek = 0;
  let cyrillic = 0;
  let windowsOnly = 0;
  let isoAlpha = 0;
  let arabicArticles = 0;
  let capitals = 0;
  let cyrillicEnds = 0;
  for (let i = 0; i <= head.length; i++) {
    const byte = head[i] ?? 0;
    if ((byte >= 0x80 && byte <= 0x9f) || byte === 0xa2) windowsOnly++;
    else if (byte === 0xb6) isoAlpha++;
    if (byte >= 0xc0) {
      high++;
      run++;
      if (byte === 0xe1 || byte === 0xf4) greek++;
      else if (byte === 0xe0 || byte === 0xee) cyrillic++;
      if (byte < 0xe0) capitals++;
      else if (byte >= 0xfb) cyrillicEnds++;
      // Arabic's definite article, alif lam (0xC7 0xE1 in Windows-1256): Greek's "Ηα" hardly ever.
      if (byte === 0xc7 && head[i + 1] === 0xe1) arabicArticles++;
      continue;
    }
    if (run >= 3) inRuns += run;
    run = 0;
  }
  if (high < 20 || inRuns < high * 0.6) return centralEuropean(head) ? 'windows-1250' : 'windows-1252';
  if (arabicArticles >= 3 && arabicArticles * 50 >= high) return 'windows-1256';
  // Hebrew has no capitals (0xC0-0xDF) and no letters past 0xFA, where Russian has its ы, ь, э, ю and я.
  if (capitals * 50 < high && cyrillicEnds * 100 < high) return 'windows-1255';
  if (greek <= cyrillic) return 'windows-1251';
  return isoAlpha > 0 && windowsOnly === 0 ? 'iso-8859-7' : 'windows-1253';
}

/**
 * Bytes that are letters in Windows-1250 (Excel's "CSV" on Polish, Czech or Hungarian Windows) and signs in Windows-1252:
 * ą ł ż Ł Ą Ż ź Ś Ź (1252's ¹ ³ ¿ £ ¥ ¯ Ÿ Œ ). Not ś (0x9C), French's œ in 1252.
 */
const CENTRAL_EUROPEAN_LETTERS = new Set([0xb9, 0xb3, 0xbf, 0xa3, 0xa5, 0xaf, 0x9f, 0x8c, 0x8f]);
const isWordByte = (byte: number | undefined): boolean => byte !== undefined && ((byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || byte >= 0xc0);

/**
 * Whether a text not in UTF-8 writes such letters in words, twice at least, two letters before or after them ("Michał",
 * "Łukasz", "ul. Słoneczna"; not a unit's "m³" or a Spanish "¿Qué").
 */
function centralEuropean(head: Uint8Array): boolean {
  let letters = 0;
  for (let i = 0; i < head.length && letters < 2; i++) {
    const byte = head[i] as number;
    if (!CENTRAL_EUROPEAN_LETTERS.has(byte)) continue;
    const after = isWordByte(head[i + 1]) && isWordByte(head[i + 2]);
    const before = isWordByte(head[i - 1]) && isWordByte(head[i - 2]);
    if (before || (after && byte !== 0xbf)) letters++;
  }
  return letters >= 2;
}
