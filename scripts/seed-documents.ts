/**
 * What the importer needs to know about each source text: where the document starts and ends,
 * which lines are web-page boilerplate (and why), which lines are headings without a number,
 * and the metadata an editor established from the source. Facts the source does not give are
 * left unknown here, never guessed.
 */
export interface SeedDocument {
	slug: string;
	/** short prefix of this document's clause ids */
	prefix: string;
	file: string;
	/** first and last line (1-based, inclusive) of the document in the source file */
	lines: [number, number];
	/** numbering schemes printed in this document */
	markers: ('han-dun' | 'measure' | 'arabic-dot' | 'han-shi' | 'han-yao' | 'di-han')[];
	/** lines shown as the title or headline, not as body text */
	titleLines?: string[];
	omitted: { text: string; reason: string }[];
	headings?: { text: string; rank: number; lead?: boolean }[];
	/** first words of the first paragraph that closes the document after its last clause */
	closingFrom?: string;
	joinBrokenTitles?: boolean;
	frontmatter: string;
}

const copyright =
	'版权声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。如发现本站有涉嫌抄袭侵权/违法违规的内容, 请发送邮件至 举报,一经查实,本站将立刻删除。';
const jinchangHeadline = '金昌市出台《关于进一步加强党建带团建工作的实施方案》(党建带团建工作实施意见)';
const fuyunCaption = '共青团改革 - 阿勒泰地区富蕴县:强基固本笃行不怠 聚力赋能踔厉奋发';

export const seedDocuments: SeedDocument[] = [
	{
		slug: 'chalco-qun-tuan-meeting-notice',
		prefix: 'ch',
		file: '000_259f061affef483c.txt',
		lines: [1, 19],
		markers: ['han-dun'],
		titleLines: ['关于认真学习宣传贯彻中央党的群团工作会议精神的通知'],
		closingFrom: '电子信箱',
		omitted: [],
		frontmatter: `
title: 关于认真学习宣传贯彻中央党的群团工作会议精神的通知
titleSource: source
genre: 通知
issuer:
  name: 中铝公司团委
  basis: inferred
  note: 原文未署发文单位；文中要求“报公司团委”，联系邮箱属中铝公司（chalco.com.cn），主送“各企业团委”。
level: 企业
region: null
date:
  value: "2015-07"
  precision: approximate
  basis: 原文未注明日期。会议于7月6日至7日召开，文中提到7月24日的贺信、“公司2015年共青团工作要点”和8月14日的报送期限，故约为2015年7月下旬至8月上旬。
source:
  file: 000_259f061affef483c.txt
  lines: 1-19
  site: null
  url: null
docNumber: null
editorialNote: null
`,
	},
	{
		slug: 'jinchang-dangjian-daituanjian-plan',
		prefix: 'jc',
		file: '001_73be209dff7e62d7.txt',
		lines: [1, 173],
		markers: ['han-dun', 'measure'],
		titleLines: [jinchangHeadline],
		joinBrokenTitles: true,
		closingFrom: '《实施方案》要求',
		omitted: [
			{ text: jinchangHeadline, reason: '报道标题在网页中重复出现（保留一次，见“报道标题”）' },
			{ text: 'THE END', reason: '网页结束标记' },
			{ text: '终审:潘 欣 复审:崔 涛', reason: '网站编辑署名' },
			{ text: '审核:刘豆豆 编辑:杨开毅', reason: '网站编辑署名' },
			{ text: '团属新媒体矩阵', reason: '发布者社交媒体账号列表' },
			{ text: '青春金昌微博', reason: '发布者社交媒体账号列表' },
			{ text: '青春金昌抖音', reason: '发布者社交媒体账号列表' },
			{ text: '青春金昌今日头条', reason: '发布者社交媒体账号列表' },
			{ text: `${jinchangHeadline}${jinchangHeadline}`, reason: '社交媒体账号列表中的图片说明' },
			{ text: copyright, reason: '版权声明' },
			{ text: '(0)', reason: '网页计数' },
			{ text: '上一篇 2024年1月15日 上午8:47', reason: '上一篇链接' },
			{ text: '下一篇 2024年1月15日 上午8:59', reason: '下一篇链接' },
			{ text: '相关推荐', reason: '相关推荐' },
		],
		frontmatter: `
title: 金昌市进一步加强党建带团建工作的实施方案
titleSource: cited
headline: ${jinchangHeadline}
genre: 实施方案
issuer:
  name: 中共金昌市委组织部、共青团金昌市委
  basis: stated
  note: 报道称“市委组织部、团市委制定并印发”。
level: 市
region: 甘肃省金昌市
date:
  value: "2024-01-15"
  precision: approximate
  basis: 印发日期原文未载。所据报道称“近日”印发，报道网页日期为2024年1月15日。
source:
  file: 001_73be209dff7e62d7.txt
  lines: 1-173
  site: 共青团金昌市委新媒体（青春金昌）
  url: null
docNumber: null
editorialNote: 本文据共青团金昌市委新媒体的报道收录，报道包括导语和结语；方案正文八个部分29条措施完整。原文有三个部分标题断为两行（五、七、八），此处合并显示，文字未改。
`,
	},
	{
		slug: 'first-branch-secretary-speech',
		prefix: 'sp',
		file: '002_c185ddff50a70657.txt',
		lines: [1, 78],
		markers: ['han-dun', 'arabic-dot', 'han-shi', 'di-han'],
		titleLines: ['在全市团的基层建设暨“第一团支书”工作推进会上的讲话', '在全市团基层建设暨“第一团支书”工作推进会上讲话'],
		closingFrom: '同志们、青年朋友们，加强',
		omitted: [
			{ text: '欢迎来到储乐秘书网!', reason: '网站横幅' },
			{ text: '在全市团基层建设暨“第一团支书”工作推进会上讲话', reason: '网站所加标题，重复出现（保留一次，见“网页标题”）' },
			{ text: '文章来源:网友投稿 时间:2022-08-10 20:00:02', reason: '文章来源/时间' },
			{ text: '下面是小编为大家整理的在全市团基层建设暨“第一团支书”工作推进会上讲话,供大家参考。', reason: '小编按语' },
			{
				text: '推荐访问:基层建设 会上 推进 在全市团基层建设暨“第一团支书”工作推进会上讲话 在全市团的基层建设暨 团支部领导讲话',
				reason: '推荐访问',
			},
			{ text: '本文来源:https://www.bobulaisi.com/fanwendaquan/gongwenfanwen/22831.html', reason: '本文来源（网址见“来源”）' },
			{ text: '推荐内容', reason: '相关推荐' },
		],
		frontmatter: `
title: 在全市团的基层建设暨“第一团支书”工作推进会上的讲话
titleSource: source
headline: 在全市团基层建设暨“第一团支书”工作推进会上讲话
genre: 讲话
issuer:
  name: 共青团X市委
  basis: inferred
  note: 讲话人为团市委新任书记班子成员（“我代表团市委”），姓名和城市在原文中以“X”隐去。
level: 市
region: X市（原文匿名）
date:
  value: "2021"
  precision: approximate
  basis: 原文未注明日期。文中称自2013年6月“8年过去了”，并提“力争到2022年建团100周年时”，约为2021年；转载网页时间为2022-08-10。
source:
  file: 002_c185ddff50a70657.txt
  lines: 1-78
  site: 储乐秘书网
  url: https://www.bobulaisi.com/fanwendaquan/gongwenfanwen/22831.html
docNumber: null
editorialNote: 原文转载自范文网站，城市、人名及会上印发的文件名以“X”隐去，此处照录。
`,
	},
	{
		slug: 'central-chuangxian-zhengyou-notice',
		prefix: 'zy',
		file: '003_cec05e559599aea5.txt',
		lines: [1, 12],
		markers: ['han-dun', 'arabic-dot'],
		omitted: [],
		frontmatter: `
title: 关于借助党支部创先争优活动加强团的基层支部建设的通知
titleSource: editorial
genre: 通知
issuer:
  name: 共青团中央
  basis: inferred
  note: 原文无标题、未署名；主送各省级团委、总政治部和中央各团工委，可知为团中央发文。
level: 中央
region: 全国
date:
  value: "2010"
  precision: approximate
  basis: 原文未注明日期。文中所述党内创先争优活动始于2010年，故约为2010年。
source:
  file: 003_cec05e559599aea5.txt
  lines: 1-12
  site: null
  url: null
docNumber: null
editorialNote: 标题为编者据正文所拟，原文无标题。所收原文中许多“组织”一词被替换为“支部”（如“总政治部支部部”“党委支部部门”），并有两处名称以“_”空缺，此处照录，未作校改。
`,
	},
	{
		slug: 'fengxian-school-qun-tuan-summary',
		prefix: 'fx',
		file: '003_cec05e559599aea5.txt',
		lines: [13, 24],
		markers: ['han-dun', 'han-shi'],
		titleLines: ['党建带群团工作总结'],
		closingFrom: '新的学期',
		omitted: [],
		frontmatter: `
title: 党建带群团工作总结
titleSource: source
genre: 工作总结
issuer:
  name: null
  basis: unknown
  note: 上海市奉贤区某学校党支部（文中称“我校党支部”“奉贤区”），校名未载。
level: 学校
region: 上海市奉贤区
date:
  value: null
  precision: unknown
  basis: 原文仅称“20XX学年”，年份不详。
source:
  file: 003_cec05e559599aea5.txt
  lines: 13-24
  site: null
  url: null
docNumber: null
editorialNote: 原文“二、立足实际，探索群团组织工作新途径”紧接在上一段末尾，此处分段显示，文字未改。
`,
	},
	{
		slug: 'bank-party-committee-liangxue-yizuo',
		prefix: 'yh',
		file: '003_cec05e559599aea5.txt',
		lines: [25, 29],
		markers: ['han-shi', 'han-yao'],
		headings: [
			{ text: '强化党建工作意识。', rank: 1, lead: true },
			{ text: '规范党建运行制度。', rank: 1, lead: true },
			{ text: '发挥党建引领作用。', rank: 1, lead: true },
		],
		omitted: [],
		frontmatter: `
title: 基层党委要在“两学一做”学习教育中发挥关键作用
titleSource: editorial
genre: 评论
issuer:
  name: null
  basis: unknown
  note: 作者未署名；文中以“基层银行党委”为对象，作者单位不详。
level: 未知
region: null
date:
  value: "2016"
  precision: approximate
  basis: 原文未注明日期。“两学一做”学习教育于2016年开展，故约为2016年或其后。
source:
  file: 003_cec05e559599aea5.txt
  lines: 25-29
  site: null
  url: null
docNumber: null
editorialNote: 标题为编者据正文首段所拟，原文无标题。
`,
	},
	{
		slug: 'fuyun-county-league-reform',
		prefix: 'fy',
		file: '004_13b712874c0f9217.txt',
		lines: [1, 72],
		markers: [],
		titleLines: ['共青团改革 – 阿勒泰地区富蕴县:强基固本笃行不怠 聚力赋能踔厉奋发'],
		closingFrom: '下一步,',
		headings: [
			{ text: '坚持高位推动,强化组织领导', rank: 1 },
			{ text: '高位推动,顶层引领抓改革', rank: 2 },
			{ text: '多措并举,多方发力促改革', rank: 2 },
			{ text: '聚焦队伍建设,推进“三轴”建设', rank: 1 },
			{ text: '搭建选人用人“X轴”,扩充团干部力量', rank: 2 },
			{ text: '树立能力提升“Y轴”,锻造团干部本领', rank: 2 },
			{ text: '打造考核激励“Z轴”,激发团干部活力', rank: 2 },
			{ text: '强化团员教育 指引前进方向', rank: 1 },
			{ text: '规范入团标准', rank: 2 },
			{ text: '落实团内教育', rank: 2 },
			{ text: '拓宽成长空间', rank: 2 },
		],
		omitted: [
			{ text: fuyunCaption, reason: '图片说明，重复出现8次' },
			{ text: copyright, reason: '版权声明' },
			{ text: '(0)', reason: '网页计数' },
			{ text: '上一篇 2024年6月8日 下午1:52', reason: '上一篇链接' },
			{ text: '下一篇 2024年6月8日 下午2:04', reason: '下一篇链接' },
			{ text: '相关推荐', reason: '相关推荐' },
		],
		frontmatter: `
title: 共青团改革 – 阿勒泰地区富蕴县:强基固本笃行不怠 聚力赋能踔厉奋发
titleSource: source
genre: 工作报告
issuer:
  name: 团阿勒泰地区富蕴县委
  basis: stated
  note: 文末署“作者:团阿勒泰地区富蕴县委”。
level: 县
region: 新疆维吾尔自治区阿勒泰地区富蕴县
date:
  value: "2024-06-08"
  precision: approximate
  basis: 原文未注明日期。文中引2023年数据并部署2024年工作；网页日期为2024年6月8日。
source:
  file: 004_13b712874c0f9217.txt
  lines: 1-72
  site: null
  url: null
docNumber: null
editorialNote: 原文中“共青团改革 - 阿勒泰地区富蕴县:…”一行为图片说明，重复8次，已略去。
`,
	},
];
