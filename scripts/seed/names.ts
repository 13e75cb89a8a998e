import { Weighted, type Random } from './random';

/**
 * Name material. Chinese surnames in rough order of frequency, each as
 * [simplified, traditional, pinyin, Cantonese romanisation, weight ‰].
 */
const SURNAMES: readonly (readonly [string, string, string, string, number])[] = [
  ['王', '王', 'wang', 'Wong', 71],
  ['李', '李', 'li', 'Lee', 70],
  ['张', '張', 'zhang', 'Cheung', 64],
  ['刘', '劉', 'liu', 'Lau', 54],
  ['陈', '陳', 'chen', 'Chan', 45],
  ['杨', '楊', 'yang', 'Yeung', 31],
  ['黄', '黃', 'huang', 'Wong', 22],
  ['赵', '趙', 'zhao', 'Chiu', 21],
  ['吴', '吳', 'wu', 'Ng', 20],
  ['周', '周', 'zhou', 'Chow', 19],
  ['徐', '徐', 'xu', 'Tsui', 16],
  ['孙', '孫', 'sun', 'Suen', 15],
  ['马', '馬', 'ma', 'Ma', 14],
  ['朱', '朱', 'zhu', 'Chu', 13],
  ['胡', '胡', 'hu', 'Wu', 13],
  ['郭', '郭', 'guo', 'Kwok', 11],
  ['何', '何', 'he', 'Ho', 11],
  ['林', '林', 'lin', 'Lam', 10],
  ['高', '高', 'gao', 'Ko', 10],
  ['罗', '羅', 'luo', 'Law', 9],
  ['郑', '鄭', 'zheng', 'Cheng', 8],
  ['梁', '梁', 'liang', 'Leung', 8],
  ['谢', '謝', 'xie', 'Tse', 7],
  ['宋', '宋', 'song', 'Sung', 6],
  ['唐', '唐', 'tang', 'Tong', 6],
  ['许', '許', 'xu', 'Hui', 6],
  ['韩', '韓', 'han', 'Hon', 6],
  ['冯', '馮', 'feng', 'Fung', 5],
  ['邓', '鄧', 'deng', 'Tang', 5],
  ['曹', '曹', 'cao', 'Tso', 5],
  ['彭', '彭', 'peng', 'Pang', 5],
  ['曾', '曾', 'zeng', 'Tsang', 5],
  ['萧', '蕭', 'xiao', 'Siu', 4],
  ['田', '田', 'tian', 'Tin', 4],
  ['董', '董', 'dong', 'Tung', 4],
  ['袁', '袁', 'yuan', 'Yuen', 4],
  ['潘', '潘', 'pan', 'Poon', 4],
  ['蒋', '蔣', 'jiang', 'Cheung', 4],
  ['蔡', '蔡', 'cai', 'Choi', 4],
  ['余', '余', 'yu', 'Yu', 4],
  ['叶', '葉', 'ye', 'Yip', 3],
  ['苏', '蘇', 'su', 'So', 3],
  ['吕', '呂', 'lv', 'Lui', 3],
  ['卢', '盧', 'lu', 'Lo', 3],
  ['钟', '鍾', 'zhong', 'Chung', 2],
  ['谭', '譚', 'tan', 'Tam', 2],
  ['陆', '陸', 'lu', 'Luk', 2],
  ['麦', '麥', 'mai', 'Mak', 2],
  ['温', '溫', 'wen', 'Wan', 2],
  ['汤', '湯', 'tang', 'Tong', 2],
  ['黎', '黎', 'li', 'Lai', 2],
  ['严', '嚴', 'yan', 'Yim', 2],
  ['区', '區', 'ou', 'Au', 1],
  ['龙', '龍', 'long', 'Lung', 2],
  ['贺', '賀', 'he', 'Ho', 2],
  ['顾', '顧', 'gu', 'Koo', 2],
  ['龚', '龔', 'gong', 'Kung', 2],
  ['钱', '錢', 'qian', 'Chin', 1],
  ['万', '萬', 'wan', 'Man', 1],
  ['欧阳', '歐陽', 'ouyang', 'Au Yeung', 1],
  ['司马', '司馬', 'sima', 'Sze Ma', 0.3],
  ['诸葛', '諸葛', 'zhuge', 'Chu Kot', 0.2],
  ['上官', '上官', 'shangguan', 'Sheung Kwun', 0.2],
];

/** Given-name characters as "simplified:traditional" (one form when they are the same), common first. */
const GIVEN = (
  '伟:偉 芳 娜 敏 静:靜 丽:麗 强:強 磊 军:軍 洋 勇 艳:艷 杰:傑 娟 涛:濤 明 超 秀 霞 平 刚:剛 桂 英 ' +
  '华:華 文 辉:輝 建 国:國 志 红:紅 玉 兰:蘭 婷 慧 晓:曉 小 大 春 东:東 海 宇 子 俊 浩 欣 怡 嘉 家 美 ' +
  '琳 雪 梅 鹏:鵬 飞:飛 龙:龍 凤:鳳 云:雲 金 荣:榮 佳 宏 振 德 成 林 思 雨 轩:軒 涵 梓 宁:寧 诗:詩 ' +
  '颖:穎 永 健 丹 立 新 亮 斌 彬 波 萍 燕 玲 琴 翠 莉 倩 晨 阳:陽 鑫 帆 博 天 然 一 诚:誠 信 安 ' +
  '乐:樂 欢:歡 伦:倫 锦:錦 惠 淑 贞:貞 凯:凱 达:達 维:維 绮:綺 莹:瑩 庆:慶 顺:順 洁:潔 锋:鋒 宝:寶 ' +
  '仪:儀 贤:賢 聪:聰 剑:劍 铭:銘 兴:興 广:廣 义:義 权:權 长:長 子 心 泽:澤 彤 萱 瑶 妍 晴 琪 睿 航'
)
  .split(' ')
  .map((entry) => {
    const [simp, trad] = entry.split(':');
    return [simp!, trad ?? simp!] as const;
  });

/** Single given names (张伟) draw from the most common characters. */
const SINGLE = GIVEN.slice(0, 40);

const CANTO_SYLLABLES =
  'Tai Man Ka Ho Wai Kin Chi Ming Siu Yan Mei Ling Kwok Wing Hoi Yee Sze Fai Lok Chun Kit Hung Pui Shan Yuk Wah Kam Sum Tsz Hin'.split(
    ' ',
  );

const ENGLISH_FIRST = (
  'John Mary David Sarah Michael Emma James Olivia Peter Grace William Sophie Thomas Emily Daniel Chloe ' +
  'Robert Hannah Richard Lucy Andrew Jessica Mark Amy Paul Rachel Kevin Helen Steven Alice Jason Karen ' +
  'Eric Vivian Kelvin Winnie Raymond Cindy Alan Joyce Tony Ivy Ben Fiona Sam Jenny Ken Stella Oscar Mandy'
).split(' ');

const ENGLISH_LAST = (
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin Jackson ' +
  'Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams ' +
  'Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart ' +
  "Morris Murphy Cook Rogers O'Brien McDonald Fitzgerald Schmidt Müller García Novak Kowalski"
).split(' ');

const HONORIFICS_SIMP = ['先生', '小姐', '女士', '太太'];
const HONORIFICS_TRAD = ['先生', '小姐', '女士', '太太', '生', '太'];

const surnames = new Weighted(
  SURNAMES,
  SURNAMES.map((s) => s[4]),
);
const singles = Weighted.zipf(SINGLE, 3);
const givens = Weighted.zipf(GIVEN, 6);
const cantoSyllables = Weighted.zipf(CANTO_SYLLABLES, 4);
const englishFirst = Weighted.zipf(ENGLISH_FIRST, 8);
const englishLast = Weighted.zipf(ENGLISH_LAST, 8);

export type Script = 'simplified' | 'traditional';

export interface GeneratedName {
  name: string;
  /** Romanised surname, for email handles. */
  handle: string;
  /** The Chinese surname, when the name is written in Chinese (families reuse it). */
  surname?: Surname;
}

export type Surname = (typeof SURNAMES)[number];

export function drawSurname(rng: Random): Surname {
  return surnames.draw(rng);
}

/** A Chinese name: 2 characters (张伟), 3 (张小明), compound surnames (欧阳娜娜), or 陈先生. */
export function chineseName(rng: Random, script: Script, surname: Surname = drawSurname(rng)): GeneratedName {
  const t = script === 'traditional' ? 1 : 0;
  const family = surname[t];
  const handle = surname[2];
  const roll = rng.float();
  if (roll < 0.04) {
    const honorific = rng.pick(t ? HONORIFICS_TRAD : HONORIFICS_SIMP);
    return { name: family + honorific, handle, surname };
  }
  if (roll < 0.32 && family.length === 1) return { name: family + singles.draw(rng)[t], handle, surname };
  const first = givens.draw(rng);
  const second = rng.chance(0.03) ? first : givens.draw(rng);
  return { name: family + first[t] + second[t], handle, surname };
}

/** Hong Kong style romanised names: "Chan Tai Man", "Peter Chan", "CHAN Ka Ho". */
export function cantoneseName(rng: Random, surname: Surname = drawSurname(rng)): GeneratedName {
  const family = surname[3];
  const handle = family.toLowerCase().replace(/ /g, '');
  const roll = rng.float();
  if (roll < 0.45) return { name: `${englishFirst.draw(rng)} ${family}`, handle };
  const given = `${cantoSyllables.draw(rng)} ${cantoSyllables.draw(rng)}`;
  if (roll < 0.6) return { name: `${family.toUpperCase()} ${given}`, handle };
  return { name: `${family} ${given}`, handle };
}

export function englishName(rng: Random): GeneratedName {
  const last = englishLast.draw(rng);
  const first = englishFirst.draw(rng);
  const handle = last.toLowerCase().replace(/[^a-z]/g, '') || 'mail';
  return { name: rng.chance(0.08) ? `${first} ${englishFirst.draw(rng).charAt(0)}. ${last}` : `${first} ${last}`, handle };
}

/** The data tables, for tests (every traditional form must fold to its simplified form). */
export const NAME_TABLES = { SURNAMES, GIVEN };
