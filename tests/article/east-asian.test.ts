/** Tests of the article stage on Chinese, Japanese and Korean pages. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/article/dates.js';
import { extractArticle } from '../../src/article/index.js';

// Six short Chinese paragraphs (about 40 characters each: a full paragraph's worth of words).
const chinese = [
  '市政府周二宣布关闭老桥，理由是一份报告发现其钢结构严重锈蚀，存在安全隐患。',
  '工程师表示，修复费用将超过新建一座桥梁，车辆将改走环城公路，预计拥堵加剧。',
  '依赖这座桥的居民说他们没有被征求意见，反对关闭的请愿书已经征集到数千个签名。',
  '市长表示，如果省政府同意分担费用，新桥有望在四年内建成通车，方案正在评估。',
  '交通部门将在未来两周内调整公交线路，并在主要路口增派交警疏导过往车辆通行。',
  '专家建议在新桥建成之前加强对周边道路的维护，以免其他桥梁也出现类似问题。',
];

describe('East Asian pages', () => {
  it('takes short Chinese paragraphs as the article over a longer Latin-script box', () => {
    const about =
      'About this site: we are an independent team of editors publishing daily news from the region in several languages since 2009.';
    const html = `<html lang="zh"><head><title>老桥关闭</title></head><body>
      <div class="wrap"><div class="page"><div class="main"><h1>老桥关闭</h1>${chinese.map((p) => `<p>${p}</p>`).join('')}</div></div></div>
      <div class="intro"><div>${about}</div><div>${about.replace('2009', '2010')}</div></div>
      <ul class="links">${Array.from({ length: 10 }, (_, i) => `<li><a href="/s/${i}">Section number ${i} of the site, in English</a></li>`).join('')}</ul>
      </body></html>`;
    const { text } = extractArticle({ html });
    expect(text).toBe(chinese.join('\n\n'));
  });

  it('reads dates written with year, month and day counters', () => {
    expect(findDates('2019年6月24日 11時30分').map((d) => d.day)).toEqual(['2019-06-24']);
    expect(findDates('발행일 2020년 1월 2일').map((d) => d.day)).toEqual(['2020-01-02']);
    const html = `<html lang="ja"><head><title>法律</title></head><body><article><h1>法律</h1>
      <p class="date">2019年6月24日</p>${chinese.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect(extractArticle({ html }).published).toBe('2019-06-24');
  });
});
