/**
 * Generated news copy for the benchmark's bulk loader: deterministic (a seeded generator), in
 * traditional script like the demo newsroom, built from phrases written for Zebian. Realistic
 * enough for search and page weight: mixed places, subjects and figures in every story.
 */

/** A small fast PRNG (mulberry32): the same seed gives the same newsroom. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const places = ['長春', '吉林市', '四平', '遼源', '通化', '白山', '松原', '白城', '延邊', '長白山', '查干湖', '淨月潭', '伊通河', '圖們江', '鴨綠江'];
const subjects = ['冰雪旅遊', '春耕備耕', '黑土地保護', '汽車產業', '老舊小區改造', '社區食堂', '中小學課後服務', '博物館夜場', '鄉村公路', '人參產業', '冬季供暖', '地鐵新線', '濕地候鳥', '邊境口岸', '大學生就業'];
const actors = ['市政府', '省文旅廳', '當地農技站', '社區居委會', '交通部門', '氣象台', '供熱公司', '高校就業中心', '林業局', '海關'];
const verbs = ['正式啟動', '取得新進展', '迎來高峰', '全面鋪開', '完成驗收', '推出新舉措', '開展專項檢查', '發佈最新數據'];

const openers = [
  '記者從{actor}獲悉，{place}的{subject}工作{verb}。',
  '{date}，{place}{subject}現場人頭攢動，{actor}的工作人員一早就到崗。',
  '今年以來，{place}把{subject}列為重點任務，{actor}牽頭推進。',
  '隨着氣溫變化，{place}的{subject}{verb}，不少市民專程前來。',
];
const middles = [
  '據介紹，項目分三期實施，首期投入約{money}萬元，預計惠及{people}戶居民。',
  '{actor}負責人表示，下一步將根據群眾反映的問題逐項整改，做到件件有回音。',
  '統計顯示，截至上月底，相關指標同比增長{percent}%，增速在全省排名前列。',
  '現場一位{age}歲的居民告訴記者，以前辦這件事要跑好幾趟，現在手機上就能辦好。',
  '為保障安全，主辦方增設了{count}個服務點，並安排志願者在高峰時段引導分流。',
  '專家認為，{subject}要算好長遠賬，既看當下的熱度，也要看三五年後的效益。',
  '在{place}的另一處站點，工作人員正在核對名單，確保每一筆補貼發放到位。',
  '業內人士提醒，近期天氣多變，出行前應留意{actor}發佈的提示信息。',
];
const closers = [
  '據悉，相關工作將持續到年底，進展情況將定期向社會公佈。',
  '記者將繼續關注後續進展。',
  '{actor}表示，歡迎市民通過熱線反映意見和建議。',
  '下一步，{place}還將總結經驗，在更多區縣推廣。',
];

interface GeneratedStory {
  title: string;
  subtitle: string | null;
  summaryNote: string | null;
  paragraphs: string[];
  /** A word from the body, for search benchmarks. */
  place: string;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function fill(random: () => number, template: string, fixed: { place: string; subject: string; actor: string }): string {
  return template
    .replaceAll('{place}', fixed.place)
    .replaceAll('{subject}', fixed.subject)
    .replaceAll('{actor}', fixed.actor)
    .replaceAll('{verb}', pick(random, verbs))
    .replaceAll('{date}', `${1 + Math.floor(random() * 12)}月${1 + Math.floor(random() * 28)}日`)
    .replaceAll('{money}', String(100 + Math.floor(random() * 9900)))
    .replaceAll('{people}', String(200 + Math.floor(random() * 20000)))
    .replaceAll('{percent}', (random() * 30).toFixed(1))
    .replaceAll('{age}', String(20 + Math.floor(random() * 60)))
    .replaceAll('{count}', String(3 + Math.floor(random() * 40)));
}

/** One story's text: a headline, sometimes a subtitle and editor's note, four to eight paragraphs. */
export function generateStory(random: () => number, serial: number): GeneratedStory {
  const fixed = { place: pick(random, places), subject: pick(random, subjects), actor: pick(random, actors) };
  const paragraphs = [fill(random, pick(random, openers), fixed)];
  const middleCount = 3 + Math.floor(random() * 5);
  for (let i = 0; i < middleCount; i++) paragraphs.push(fill(random, pick(random, middles), fixed));
  paragraphs.push(fill(random, pick(random, closers), fixed));
  return {
    // The serial keeps every headline distinct, as real ones are.
    title: `${fixed.place}${fixed.subject}${pick(random, verbs)}（第${serial}期）`,
    subtitle: random() < 0.3 ? `${fixed.actor}：${fill(random, '預計惠及{people}戶居民', fixed)}` : null,
    summaryNote: random() < 0.15 ? `${fixed.subject}牽動千家萬戶。本報記者連日走訪${fixed.place}，記錄變化。` : null,
    paragraphs,
    place: fixed.place,
  };
}
