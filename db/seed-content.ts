// Demo content for the fictional regional portal 「北國新聞網」. Pure data: the seed script turns
// it into channels, stories, galleries (pictures drawn by ./demo-images) and site settings.
// All text is original writing; places are real Jilin cities, people and events are invented.
import type { DemoScene } from './demo-images';

type DemoBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'h3'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'list'; items: string[] };

interface DemoPhoto {
  caption: string; // 圖片說明
  alt: string; // 替代文字
  credit: string; // 圖片來源
  scene: DemoScene;
  /** Which variant of the drawn scene to render, so photos in one gallery differ. */
  variant?: number;
}

interface DemoStory {
  key: string;
  channel: string;
  title: string;
  subtitle?: string;
  sourceName: string;
  isOriginal: boolean;
  editorsNote?: string;
  credits: { writer?: string; photos?: string; photographer?: string };
  hoursAgo: number;
  body: DemoBlock[];
  gallery: DemoPhoto[];
  videoUrl?: string;
}

interface DemoChannel {
  slug: string;
  name: string;
  kind: 'list' | 'video' | 'original' | 'topics';
  children?: { slug: string; name: string }[];
}

export const demoSiteName = '北國新聞網';

export const demoChannels: DemoChannel[] = [
  { slug: 'yaowen', name: '要聞', kind: 'list' },
  { slug: 'city-ocean', name: '城市遠洋', kind: 'list' },
  { slug: 'foreigners', name: '老外在吉林', kind: 'list' },
  { slug: 'china-view', name: '直觀中國', kind: 'list' },
  { slug: 'video', name: '視頻', kind: 'video' },
  { slug: 'original', name: '原創', kind: 'original' },
  { slug: 'topics', name: '熱點專題', kind: 'topics' },
  { slug: 'industry', name: '特色産業', kind: 'list' },
  {
    slug: 'shizhou',
    name: '市州新聞',
    kind: 'list',
    children: [
      { slug: 'changchun', name: '長春' },
      { slug: 'jilin-city', name: '吉林' },
      { slug: 'siping', name: '四平' },
      { slug: 'liaoyuan', name: '遼源' },
      { slug: 'tonghua', name: '通化' },
      { slug: 'baishan', name: '白山' },
      { slug: 'songyuan', name: '松原' },
      { slug: 'baicheng', name: '白城' },
      { slug: 'yanbian', name: '延邊' },
    ],
  },
];

const OWN = '北國新聞網';
const shot = (name: string) => `北國新聞網 ${name} 攝`;

export const demoStories: DemoStory[] = [
  {
    key: 'auto-city-tram',
    channel: 'yaowen',
    title: '一條軌道串起半座城',
    subtitle: '長春有軌電車汽車城線今起開通試運營',
    sourceName: OWN,
    isOriginal: true,
    editorsNote:
      '從老城區到長春國際汽車城，過去上下班要換乘兩三次，如今一趟電車就能直達。新線開通首日，記者跟著首班車走完全程，聽乘客、司機和沿線居民說說這條線帶來的變化。',
    credits: { writer: '李文博', photographer: '趙晨陽' },
    hoursAgo: 2,
    body: [
      { type: 'p', text: '清晨六點半，天色剛亮，第一列淺綠色的低地板電車緩緩駛出西站車場，車頭繫著一條紅色綬帶。隨著司機按響兩聲清脆的鈴聲，全長約二十二公里的長春有軌電車汽車城線正式開通試運營。這條線沿途設二十四座車站，把老城區的商圈、伊通河西岸的住宅區和長春國際汽車城的主要廠區連成了一條線。' },
      { type: 'h2', text: '沿線怎麼走？' },
      { type: 'p', text: '據運營單位介紹，新線以西站車場為起點，先沿城區主幹道向南，經過兩所中學和一家三甲醫院，再跨過伊通河進入汽車産業園區，終點設在整車廠區北門外的汽車城站。全程運行約五十五分鐘，早晚高峰每六分鐘一班，平峰時段每十分鐘一班。票價實行分段計價，起步兩元，全程最高四元。乘客既可刷公交卡，也可用手機掃碼或銀行卡感應乘車，與地鐵和公車換乘還能享受一小時內的優惠。' },
      { type: 'h2', text: '車廂裡有哪些新變化？' },
      { type: 'p', text: '新車採用五節編組、全程低地板設計，輪椅和嬰兒車不用抬就能推上車。考慮到東北冬季嚴寒，車門上方加裝了熱風簾，部分座椅可以加熱，車廂溫度常年保持在十八度上下。到站前，車廂廣播會先後用普通話和英語播報站名。' },
      { type: 'list', items: ['編組：五節，每列定員約三百人', '座椅：冬季可加熱座椅二十四個', '無障礙：每列設兩處輪椅停放區', '支付：公交卡、手機掃碼、銀行卡均可'] },
      { type: 'h2', text: '通勤族怎麼說？' },
      { type: 'p', text: '在汽車城一家零部件企業做質檢的劉佳寧，是首班車上的乘客之一。她家住城西，過去每天要先坐公車、再換廠區通勤班車。' },
      { type: 'quote', text: '「以前冬天早上五點多就得出門，路上將近一個半小時。今天坐電車，從家門口到廠門口，四十多分鐘就到了，還能在車上看會兒書。」' },
      { type: 'p', text: '開了十二年公車、今年轉崗成為電車司機的馮師傅說，電車有專用路權，路口還有信號優先，準點率比公車高出不少。他特別提到，為了應對冰雪天氣，車輛配備了撒砂裝置和軌道除冰設備，冬季也能保證正常運行。沿線一所中學的老師也告訴記者，電車站就在校門對面，住在河西的學生今後上學可以少讓家長接送。' },
      { type: 'h2', text: '下一步怎麼辦？' },
      { type: 'p', text: '運營單位表示，試運營期間將根據客流變化調整班次，並在三個換乘站增設共享單車停放點。市交通部門同時透露，汽車城線的南延段已完成前期勘測，建成後將延伸至新建的職工公寓和物流園區。對不少長春市民來說，這條線不只是一條通勤路線：窗外依次掠過的老廠房、河畔綠道和新社區，也記錄著這座城市這些年的變化。' },
    ],
    gallery: [
      { scene: 'tram', variant: 0, caption: '首班電車駛出西站車場，車頭繫著紅色綬帶。', alt: '一列淺綠色的有軌電車停在雙軌上，車頂的受電弓連著架空電線，背景是城市樓群和晴朗的藍天。', credit: shot('趙晨陽') },
      { scene: 'tram', variant: 1, caption: '早高峰時段，乘客在汽車城站有序上車。', alt: '晨光中一列綠色電車停靠在站台旁，天空呈橘紅色，遠處是淡灰色的樓群。', credit: shot('趙晨陽') },
      { scene: 'city', variant: 2, caption: '電車沿線新建的住宅社區，傍晚時分已亮起燈光。', alt: '傍晚紫粉色的天空下，一排高低不一的住宅樓，不少窗戶亮著黃色燈光，樓前是一條馬路。', credit: shot('趙晨陽') },
      { scene: 'river', variant: 3, caption: '線路跨過伊通河，兩岸的濱河綠道同步開放。', alt: '陰天裡一條河流從畫面下方伸向遠處的丘陵，兩岸草地上散布著圓形樹冠的小樹。', credit: shot('趙晨陽') },
      { scene: 'tram', variant: 2, caption: '夜幕降臨，電車駛過城區主幹道。', alt: '黃昏紫色天空下，一列電車沿著軌道行駛，車窗透出白光。', credit: shot('趙晨陽') },
      { scene: 'factory', variant: 0, caption: '終點站旁的長春國際汽車城整車廠區。', alt: '晴天下一座鋸齒形屋頂的長條廠房，一排窗戶整齊排列，後方三根紅白相間的煙囪冒著白煙。', credit: shot('趙晨陽') },
    ],
  },
  {
    key: 'ice-festival',
    channel: 'jilin-city',
    title: '松花江畔霧凇冰雪節開幕 百座冰雕點亮江城夜色',
    sourceName: OWN,
    isOriginal: true,
    editorsNote: '入冬後的吉林市，清晨江面水汽升騰，岸邊樹枝掛滿霧凇。今年的冰雪節把展區沿江鋪開，白天看霧凇，晚上賞冰燈。',
    credits: { writer: '孫海鷗', photographer: '孟凡' },
    hoursAgo: 9,
    body: [
      { type: 'p', text: '本週末，一年一度的霧凇冰雪節在吉林市松花江畔拉開帷幕。沿江五公里的步道上，一百多座冰雕和雪塑依次排開，從城堡、燈塔到滑梯、迷宮，吸引了不少市民和外地遊客前來打卡。' },
      { type: 'h2', text: '白天看霧凇，晚上賞冰燈' },
      { type: 'p', text: '今年的展區首次按時段設計遊覽路線：上午重點推薦江邊的霧凇觀賞點，下午開放冰上遊樂區，傍晚以後冰燈陸續亮起，整條江岸被藍、紫、粉色的燈光勾勒出輪廓。' },
      { type: 'p', text: '負責冰雕製作的師傅介紹，今年所用的冰塊都取自松花江上游，透明度高，一座中型冰雕需要六名工人連續雕刻三天。' },
      { type: 'quote', text: '「冰要選得好，雕出來的東西在燈下才會發亮。今年最費工夫的是那座三層冰塔，光是塔尖就修了一整天。」' },
      { type: 'p', text: '主辦方提醒，江邊夜間氣溫可低至零下二十五度，遊客應注意防寒，手機容易因低溫自動關機，建議隨身攜帶充電寶。' },
    ],
    gallery: [
      { scene: 'snow', variant: 0, caption: '冰雪節主展區的彩色冰塔在陽光下晶瑩剔透。', alt: '藍天下一排高低不同的半透明冰塔，頂部是尖頂，前方是白色雪地，空中飄著雪花。', credit: shot('孟凡') },
      { scene: 'snow', variant: 1, caption: '夜幕降臨後，冰燈沿江依次亮起。', alt: '深藍色夜空下，一排冰塔透出藍紫和粉色的光，地面覆蓋著淡藍色的積雪。', credit: shot('孟凡') },
      { scene: 'snow', variant: 2, caption: '遊客在冰雕群中穿行拍照。', alt: '白天的雪地上矗立著多座淺色冰雕塔樓，雪花在空中飄落。', credit: shot('孟凡') },
      { scene: 'river', variant: 4, caption: '清晨的松花江面水汽升騰，兩岸樹木掛滿霧凇。', alt: '深藍色天空下一條河流伸向遠方，兩岸是草地和圓形樹冠的小樹。', credit: shot('孟凡') },
      { scene: 'snow', variant: 3, caption: '冰上遊樂區的冰滑梯前排起了長隊。', alt: '夜色中一排發光的冰塔，前方是平整的淡藍色雪地。', credit: shot('孟凡') },
    ],
  },
  {
    key: 'riverside-park',
    channel: 'changchun',
    title: '伊通河南段濱河公園開放 冬季增設冰上步道',
    sourceName: OWN,
    isOriginal: true,
    editorsNote: '經過一年多的改造，伊通河南段一處老堤岸變身為濱河公園。長春市民家門口又多了一個散步、滑冰的好去處。',
    credits: { writer: '王曉雯', photos: '王曉雯' },
    hoursAgo: 20,
    body: [
      { type: 'p', text: '日前，位於長春市伊通河南段的濱河公園正式向市民開放。公園沿河綿延約三公里，由原有的土堤改造而成，新建了綠道、觀景平台和兒童遊樂場。' },
      { type: 'h2', text: '四季都有看頭' },
      { type: 'p', text: '設計單位介紹，公園在岸邊種植了白樺、山楂和丁香等本地樹種，春天賞花、秋天看葉。進入冬季後，管理方在靠岸的淺水區澆築了一條約八百米長的冰上步道，供市民散步和滑冰。' },
      { type: 'p', text: '家住附近的退休教師陳老伯說，以前這一段河岸雜草叢生，晚上不敢走，現在每天吃完晚飯都會和老伴來走上一圈。' },
      { type: 'p', text: '公園每天早六點至晚九點開放，冰上步道在氣溫穩定低於零下十度時開放，具體以現場公告為準。' },
    ],
    gallery: [
      { scene: 'river', variant: 0, caption: '改造後的伊通河南段，兩岸綠道蜿蜒延伸。', alt: '晴朗藍天下，一條藍色河流從近處伸向遠方的綠色丘陵，兩岸草地上種著成排小樹。', credit: shot('王曉雯') },
      { scene: 'river', variant: 1, caption: '清晨，市民沿河畔步道晨跑。', alt: '橘色朝霞下的河流和綠色河岸，岸邊散落著圓形樹冠的樹木。', credit: shot('王曉雯') },
      { scene: 'snow', variant: 4, caption: '淺水區澆築的冰上步道吸引孩子們前來滑冰。', alt: '藍天下的白色雪地，遠處有幾座彩色的冰塔，空中飄著雪花。', credit: shot('王曉雯') },
      { scene: 'river', variant: 2, caption: '傍晚時分的觀景平台，河面倒映著晚霞。', alt: '紫粉色晚霞下，一條河流穿過綠色河岸，水面有幾道白色波光。', credit: shot('王曉雯') },
    ],
  },
  {
    key: 'ginseng-market',
    channel: 'industry',
    title: '長白山下參市忙 鮮參搭上直播快車',
    sourceName: OWN,
    isOriginal: true,
    editorsNote: '每年入冬前後，是長白山區鮮參集中上市的時節。記者走進白山市撫松縣的一處人參集散市場，看老産業如何趕上新渠道。',
    credits: { writer: '周雨桐', photos: '周雨桐' },
    hoursAgo: 30,
    body: [
      { type: 'p', text: '天剛濛濛亮，撫松縣城邊的人參集散市場已經人頭攢動。一排排攤位上，帶著泥土的鮮參按大小分揀擺放，參農、收購商和快遞員在攤位間來回穿梭。' },
      { type: 'h2', text: '攤位後面多了手機支架' },
      { type: 'p', text: '在市場經營了十多年的參農王大姐，今年在攤位後面架起了兩部手機。她一邊給現場客人稱重，一邊對著鏡頭講解怎麼分辨參齡、怎麼保存鮮參。' },
      { type: 'quote', text: '「以前只等人上門收，現在直播間裡南方的客人也能下單，晚上打包，第二天一早就發走。」' },
      { type: 'p', text: '市場管理方介紹，為方便線上銷售，市場去年建起了冷鏈打包區，並與多家快遞企業合作，鮮參從裝箱到發往外省最快不到半天。' },
      { type: 'h2', text: '標準化讓價格更透明' },
      { type: 'p', text: '當地還推行了鮮參分級標準，按重量、形態和參齡統一貼標，買家掃碼即可查到産地和種植戶資訊。不少參農表示，標準統一後，討價還價少了，回頭客多了。' },
    ],
    gallery: [
      { scene: 'market', variant: 0, caption: '清晨的人參集散市場，攤位上擺滿了剛出土的鮮參。', alt: '藍天下一排帶紅白條紋遮陽篷的木攤位，攤上堆著圓圓的農産品，上方掛著一串紅燈籠。', credit: shot('周雨桐') },
      { scene: 'market', variant: 1, caption: '收購商在攤位前挑選鮮參。', alt: '橘色晨光下的市場，四個攤位的遮陽篷分別是黃白、綠白、藍白和紫白條紋。', credit: shot('周雨桐') },
      { scene: 'mountain', variant: 0, caption: '長白山腳下的林下參種植基地。', alt: '藍天下層層疊疊的灰藍色山巒，山腳有一層薄霧，近處是成片的松樹林。', credit: shot('周雨桐') },
      { scene: 'market', variant: 2, caption: '冷鏈打包區裡，工作人員正在給發往外省的鮮參裝箱。', alt: '紫粉色天空下的市場攤位，條紋遮陽篷下擺著木櫃台和各色果實。', credit: shot('周雨桐') },
    ],
  },
  {
    key: 'yanji-teacher',
    channel: 'foreigners',
    title: '從奧克蘭到延吉：一位紐西蘭教師的第六個冬天',
    sourceName: OWN,
    isOriginal: true,
    editorsNote: '六年前，他只打算在延吉教一個學期英語。如今，他會說朝鮮語問好，會包辣白菜，還成了學生口中的「老艾」。',
    credits: { writer: '崔明珠', photographer: '樸志勳' },
    hoursAgo: 44,
    body: [
      { type: 'p', text: '走進延吉市一所中學的英語教室，艾倫·布魯克斯正帶著學生們排練一齣英文短劇。他來自紐西蘭奧克蘭，今年是他在延吉度過的第六個冬天。' },
      { type: 'p', text: '「剛來的時候，最怕的是冷。第一次看到零下三十度的天氣預報，我以為是寫錯了。」他笑著說，現在自己已經習慣了穿棉褲、喝熱湯，還學會了在冰面上走路不摔跤。' },
      { type: 'h2', text: '課堂之外的「老艾」' },
      { type: 'p', text: '除了教課，艾倫每週還在社區圖書館開一次免費的英語角，參加的有學生，也有退休的老人和開民宿的年輕人。他說，延吉是一座朝漢雙語的城市，自己在這裡學到的語言和文化，一點也不比教出去的少。' },
      { type: 'quote', text: '「學生們教我說朝鮮語，我教他們說英語，這是很公平的交換。」' },
      { type: 'p', text: '學期結束後，他打算帶家人去長白山看雪，然後回到課堂，繼續排練那齣還沒演完的短劇。' },
    ],
    gallery: [
      { scene: 'classroom', variant: 0, caption: '艾倫在英語課上帶學生排練短劇。', alt: '教室裡一塊深綠色黑板掛在牆上，左邊是一扇窗戶，前面兩排課桌後坐著穿彩色衣服的學生。', credit: shot('樸志勳') },
      { scene: 'classroom', variant: 1, caption: '課間，學生們圍在一起討論台詞。', alt: '淺黃色牆壁的教室，窗外透出橘色的光，黑板上有幾道白色粉筆線，學生坐在木課桌後。', credit: shot('樸志勳') },
      { scene: 'city', variant: 4, caption: '冬日的延吉街景，艾倫每天從這裡步行去學校。', alt: '深藍色天空下一片高低錯落的樓房，前方是一條畫著白色標線的馬路。', credit: shot('樸志勳') },
    ],
  },
  {
    key: 'rice-harvest',
    channel: 'baicheng',
    title: '鹽鹼地上産好米 鎮賚新米陸續發往南方',
    sourceName: OWN,
    isOriginal: true,
    editorsNote: '曾經寸草難生的鹽鹼地，經過多年改良，如今成了稻田。入冬以後，白城市鎮賚縣的新米陸續裝車，走上了南方人的餐桌。',
    credits: { writer: '高雪松', photos: '高雪松' },
    hoursAgo: 58,
    body: [
      { type: 'p', text: '在鎮賚縣一家稻米加工廠，碾米機晝夜運轉，剛加工好的新米被裝進印著産地標識的米袋，再由叉車送上開往南方的貨車。' },
      { type: 'p', text: '廠長介紹，這些大米來自周邊改良後的鹽鹼地稻田。當地通過引水洗鹼、增施有機肥和種植耐鹼稻種，讓原本白花花的鹼土變成了綠油油的水田。' },
      { type: 'h2', text: '一粒米背後的十年' },
      { type: 'p', text: '種了三十多年地的老農趙德順還記得，十多年前村裡的地「一下雨就是一片白」，種什麼都不長。如今他家承包的五十多畝稻田，畝産穩定在一千斤以上，新米還沒收完就被加工廠訂走了。' },
      { type: 'p', text: '當地農業部門表示，下一步將繼續推廣節水灌溉和稻田養蟹等模式，讓鹽鹼地既産糧又增收。' },
    ],
    gallery: [
      { scene: 'field', variant: 0, caption: '改良後的鹽鹼地稻田，田壟一直延伸到天邊。', alt: '藍天下金黃與深黃相間的田壟向遠處的地平線匯聚，遠處有一座紅色小農舍和一排綠樹。', credit: shot('高雪松') },
      { scene: 'field', variant: 1, caption: '清晨的稻田，收割後的田壟整齊排列。', alt: '橘色朝霞下，一條條黃色田壟伸向遠方，地平線上有一座紅頂小房子。', credit: shot('高雪松') },
      { scene: 'factory', variant: 1, caption: '稻米加工廠內機器晝夜運轉，新米陸續裝車發運。', alt: '橘色天空下一座鋸齒屋頂的灰色廠房，後面三根紅色煙囪冒著白煙。', credit: shot('高雪松') },
    ],
  },
  {
    key: 'folk-dance-video',
    channel: 'video',
    title: '【視頻】遼源老年秧歌隊：扭了二十年，越扭越年輕',
    sourceName: OWN,
    isOriginal: true,
    credits: { writer: '韓笑', photographer: '鄭一鳴' },
    hoursAgo: 70,
    body: [
      { type: 'p', text: '每天下午兩點，遼源市一處社區廣場上準時響起鑼鼓聲。四十多名平均年齡六十五歲的隊員，手拿彩扇、腰繫紅綢，扭起了東北大秧歌。' },
      { type: 'p', text: '這支秧歌隊成立於二十年前，最初只有七八個人。隊長孫桂芬說，隊員們自己編動作、縫服裝，這些年從社區廣場扭到了市裡的文藝匯演，還在短視頻平台上收穫了不少年輕粉絲。' },
      { type: 'quote', text: '「只要鑼鼓一響，腿腳就不覺得冷了。」' },
      { type: 'p', text: '視頻裡，隊員們從化妝、換裝一直跳到夕陽西下，還在鏡頭前教起了秧歌的基本步：前三步、後一步，扇子隨著鼓點上下翻飛。' },
      { type: 'p', text: '眼下，秧歌隊正在排練新年演出的新節目。本期視頻，帶你走近這群越扭越年輕的老人。' },
    ],
    gallery: [
      { scene: 'stage', variant: 0, caption: '秧歌隊員在舞台燈光下排練新年節目。', alt: '深紫色背景的舞台上，幾道聚光燈從上方照下，五位穿紅、黃、綠、青、藍色長裙的舞者手持紅色扇子。', credit: shot('鄭一鳴') },
    ],
  },
  {
    key: 'farm-cooperative',
    channel: 'siping',
    title: '梨樹一家農機合作社年終分紅 三百多戶社員喜領收益',
    sourceName: OWN,
    isOriginal: true,
    credits: { writer: '張立群' },
    hoursAgo: 83,
    body: [
      { type: 'p', text: '日前，四平市梨樹縣豐禾農機專業合作社召開年終分紅大會，三百多戶入社農戶按照入股土地面積和勞動量領到了今年的收益。' },
      { type: 'p', text: '合作社負責人介紹，社裡現有大型拖拉機、播種機和收割機四十多台，為入社農戶提供從整地、播種到收割的全程機械化服務。今年合作社還試種了保護性耕作地塊，秸稈覆蓋還田，減少了土壤流失。' },
      { type: 'p', text: '入社第五年的社員李秀蘭說，自家的地交給合作社統一耕種，自己平時在合作社的烘乾塔打工，一年下來收入比單幹時多了不少。' },
      { type: 'quote', text: '「地不用自己操心，人還能多掙一份工錢，這樣的日子心裡踏實。」' },
      { type: 'p', text: '分紅大會結束後，合作社的農機手們就要開始冬季檢修，為明年春耕做準備。' },
    ],
    gallery: [],
  },
  {
    key: 'yanji-night-market',
    channel: 'yanbian',
    title: '零下二十度的延吉夜市：一碗熱湯暖了整條街',
    sourceName: OWN,
    isOriginal: true,
    editorsNote: '天越冷，夜市越熱鬧。在延吉，冬夜裡的一碗熱湯和一串烤肉，是本地人的日常，也是外地遊客專程來尋的味道。',
    credits: { writer: '金善姬', photos: '金善姬' },
    hoursAgo: 95,
    body: [
      { type: 'p', text: '晚上七點，延吉市區一條老街兩側的攤位陸續亮燈。雖然氣溫已降到零下二十度，湯飯攤前依然排起了長隊，熱氣從大鍋裡升騰起來，在燈光下格外顯眼。' },
      { type: 'p', text: '經營湯飯攤十幾年的攤主說，冬天是一年裡生意最好的時候，很多外地遊客拖著行李箱直接從火車站過來。' },
      { type: 'list', items: ['牛骨湯飯：湯頭熬足八小時', '烤明太魚：炭火現烤，蘸醬食用', '米腸：糯米與蔬菜灌製，切片蒸熱', '打糕：現場捶打，撒上豆麵'] },
      { type: 'p', text: '街道管理部門表示，今年夜市統一更換了防風帳篷和取暖設施，並在路口增設了臨時停車點，方便市民和遊客。' },
      { type: 'quote', text: '「在家鄉從沒見過這麼冷的天，可一碗湯下肚，渾身都暖了。」一位從廣州來的遊客捧著湯碗說。' },
    ],
    gallery: [
      { scene: 'market', variant: 4, caption: '夜市老街兩側的攤位陸續亮燈。', alt: '深藍色天空下一排彩色條紋遮陽篷的小吃攤，攤上擺著食物，上方掛著紅燈籠。', credit: shot('金善姬') },
    ],
  },
  {
    key: 'chagan-lake-fishing',
    channel: 'songyuan',
    title: '查干湖冬捕在即 漁工冰上試網',
    sourceName: '松花江晚報',
    isOriginal: false,
    credits: { writer: '呂冬陽' },
    hoursAgo: 108,
    body: [
      { type: 'p', text: '隨著湖面冰層厚度超過三十公分，松原市查干湖的冬捕準備工作進入衝刺階段。連日來，數十名漁工在冰面上鑿冰眼、下網繩，對冰下大網進行試網。' },
      { type: 'p', text: '老漁工介紹，冰下走網全靠經驗：先在冰面上按一定間距鑿出一排冰眼，再用長竿把網繩從一個冰眼送到下一個，最後由馬拉絞盤收網。' },
      { type: 'h2', text: '捕大留小 守住一湖魚' },
      { type: 'p', text: '據了解，今年的冬捕將繼續實行「捕大留小」，網眼尺寸統一放大，確保湖中魚類資源的可持續利用。屆時，冰面上還將舉辦傳統祭湖儀式和漁獵文化展示活動。' },
      { type: 'p', text: '當地提醒，冬捕期間前往湖區的遊客應聽從現場指引，不要擅自走上未經檢測的冰面，並做好防寒準備。' },
    ],
    gallery: [],
  },
  {
    key: 'auto-parts-rail',
    channel: 'city-ocean',
    title: '長春造零部件搭班列出海 汽車城企業訂單排到明年春天',
    sourceName: OWN,
    isOriginal: true,
    credits: { writer: '李文博', photographer: '趙晨陽' },
    hoursAgo: 121,
    body: [
      { type: 'p', text: '本週，一列滿載汽車零部件的國際貨運班列從長春出發，經滿洲里出境，將在兩週後抵達歐洲。車上的五十多個集裝箱裡，裝著座椅骨架、車燈總成和線束等産品，大部分來自長春國際汽車城的配套企業。' },
      { type: 'h2', text: '從「配套本地」到「配套全球」' },
      { type: 'p', text: '一家座椅骨架生産企業的負責人說，企業過去主要為本地整車廠供貨，近兩年開始接到海外訂單，目前生産計劃已經排到明年春天。' },
      { type: 'p', text: '物流企業介紹，與海運相比，鐵路班列運輸時間更短、受天氣影響更小，特別適合對交貨期要求高的零部件企業。長春有關部門表示，將繼續加密班列班次，並在汽車城附近規劃建設集裝箱集散場站。' },
      { type: 'quote', text: '「過去我們的零件跟著整車走出去，現在零件自己也能直接走出去了。」這位負責人說。' },
    ],
    gallery: [
      { scene: 'factory', variant: 2, caption: '汽車城一家零部件企業的生産車間外景。', alt: '紫粉色天空下的長條形廠房，鋸齒形屋頂，一排藍白色窗戶，後方煙囪冒著白煙。', credit: shot('趙晨陽') },
      { scene: 'city', variant: 0, caption: '長春城區與汽車産業園區之間的物流通道。', alt: '藍天下灰色和深藍色的樓群剪影，前方是一條畫有白色標線的道路。', credit: shot('趙晨陽') },
    ],
  },
  {
    key: 'winter-keywords',
    channel: 'china-view',
    title: '五個關鍵詞 讀懂東北的冰雪季',
    sourceName: OWN,
    isOriginal: true,
    editorsNote: '冰雪曾被看作東北發展的短板，如今卻成了一張名片。我們用五個關鍵詞，梳理這個冬天東北人身邊的新變化。',
    credits: { writer: '馬思遠' },
    hoursAgo: 140,
    body: [
      { type: 'p', text: '每到冬季，東北的冰天雪地就成了全國關注的焦點。從長春的冰雪樂園到延邊的民俗村落，從吉林的霧凇到查干湖的冬捕，冰雪正在以越來越多的方式走進人們的生活。' },
      { type: 'h2', text: '五個關鍵詞' },
      { type: 'list', items: ['冰雪旅遊：滑雪場、冰燈展和民俗村連成線路，遊客停留時間更長。', '冰雪進校園：不少中小學把滑冰、冰壺搬上體育課。', '寒地農業：溫室大棚和冷涼蔬菜讓冬天的菜籃子更豐富。', '冰雪裝備：雪板、雪服和造雪機等本地製造的産品越來越多。', '夜間消費：夜市、冰上市集和夜場滑雪讓冬夜熱鬧起來。'] },
      { type: 'p', text: '業內人士認為，冰雪經濟的關鍵在於把「季節性」變成「全年性」：冬天引來的人流和口碑，需要用夏季的避暑、研學和康養項目接續下去。' },
      { type: 'p', text: '這個冬天，不妨走出家門，到雪地裡去看看這些變化。' },
    ],
    gallery: [],
  },
  {
    key: 'forest-ranger',
    channel: 'baishan',
    title: '長白山腳下的巡山人：雪地裡的二十公里',
    sourceName: OWN,
    isOriginal: true,
    editorsNote: '大雪封山的日子裡，護林員依然每天進山巡護。他們的腳印，是這片森林冬天最常見的「訪客」。',
    credits: { writer: '楊柏川', photos: '楊柏川' },
    hoursAgo: 160,
    body: [
      { type: 'p', text: '清晨五點半，白山市一處林場的護林員何長林已經綁好了綁腿，背上乾糧和對講機，準備進山。這是他當護林員的第二十三個年頭。' },
      { type: 'p', text: '冬季的巡山路線全長約二十公里，積雪最深處沒過膝蓋。何長林說，冬天防火壓力相對小一些，主要任務是清理獵套、記錄野生動物足跡，順便檢查林區的界樁和監控設備。' },
      { type: 'p', text: '中午，他在背風的山坳裡燒一壺雪水，就著鹹菜吃兩個饅頭，休息十幾分鐘後繼續趕路。天黑前回到管護站，他還要把當天的巡護記錄整理好。' },
      { type: 'quote', text: '「前幾年一個冬天能清出幾十個獵套，這兩年少多了，倒是常能看到狍子和野豬的腳印。」' },
      { type: 'p', text: '如今，林場給護林員配發了定位終端，巡護軌跡可以實時上傳。何長林說，科技手段再多，這片林子還是得靠人一步一步走出來。' },
    ],
    gallery: [
      { scene: 'mountain', variant: 1, caption: '晨光中的長白山餘脈，護林員即將從山腳出發巡護。', alt: '橘色朝霞下層疊的灰藍色山脈，山腰飄著薄霧，近處是深綠色的松樹林。', credit: shot('楊柏川') },
    ],
  },
  {
    key: 'ice-wine',
    channel: 'tonghua',
    title: '零下十度摘葡萄 通化冰葡萄酒迎來採收期',
    sourceName: OWN,
    isOriginal: true,
    credits: { writer: '孔令溪' },
    hoursAgo: 185,
    body: [
      { type: 'p', text: '當大多數果園早已落葉休眠，通化市郊的一片葡萄園卻迎來了最忙碌的時候。掛在枝頭自然冰凍的葡萄，要趕在氣溫低於零下八度的清晨採摘。' },
      { type: 'p', text: '酒莊的釀酒師介紹，冰葡萄酒對採收時機要求很高：葡萄在枝頭反覆凍融，水分逐漸減少，糖分不斷濃縮，採下後要在冰凍狀態下立即壓榨，一串葡萄往往只能榨出幾滴濃稠的果汁。' },
      { type: 'h2', text: '天亮前的採收' },
      { type: 'quote', text: '「太陽一出來，葡萄就開始化凍，所以我們凌晨三點就要進園，趕在日出前摘完。」' },
      { type: 'p', text: '今年，酒莊還開放了採摘體驗活動，遊客可以戴上手套、頭燈，跟著工人在天亮前走進葡萄園。釀酒師說，希望更多人知道，通化的寒冷不只是挑戰，也是大自然的饋贈。' },
    ],
    gallery: [],
  },
];

export const demoTopic = {
  slug: 'winter-in-jilin',
  title: '冰雪季，到吉林來',
  summary: '霧凇、冰燈、冬捕、夜市和冰葡萄酒：一組報道，帶你看這個冬天吉林各地的冰雪故事。',
  storyKeys: ['ice-festival', 'chagan-lake-fishing', 'yanji-night-market', 'ice-wine', 'winter-keywords'],
};

export const demoCopyright: string[] = [
  '1、「北國新聞網」由北國新聞傳媒有限公司主辦並負責日常運營。',
  '2、本網標明「來源：北國新聞網」的文字、圖片、音訊和視頻，版權歸本網所有；未取得本網書面許可，不論單位或個人，均不得轉載、改編、摘錄或另作他用。',
  '3、本網自有版權內容由北國新聞傳媒有限公司統一管理並對外授權。獲得授權的單位和個人應在授權範圍內使用，並在顯著位置註明「來源：北國新聞網」及作者姓名；超出授權範圍使用的，本網將依法追究其責任。',
  '4、凡本網標明「來源」為其他媒體的稿件，均屬轉載，刊登目的是為讀者提供更多資訊；刊登此類稿件不表示本網認同其觀點，也不表示本網已核實其內容。',
  '5、如因作品內容、版權或其他問題需要與本網聯繫，請於相關事由發生之日起30日內提出。',
];

export const demoReprintDisclaimer = '本文轉載自其他媒體，僅為向讀者提供更多資訊，刊登不表示本網認同其觀點，也不表示本網已核實其內容。';
