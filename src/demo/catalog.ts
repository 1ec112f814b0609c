/** What the demo company sells: list price (CNY) and typical profit margin. */
export const PRODUCTS = [
  { name: '智能手表', price: 1299, margin: 0.28, weight: 14 },
  { name: '蓝牙耳机', price: 399, margin: 0.32, weight: 22 },
  { name: '空气净化器', price: 1899, margin: 0.25, weight: 10 },
  { name: '扫地机器人', price: 2599, margin: 0.22, weight: 9 },
  { name: '咖啡机', price: 1599, margin: 0.26, weight: 8 },
  { name: '电动牙刷', price: 299, margin: 0.35, weight: 18 },
  { name: '人体工学椅', price: 1199, margin: 0.3, weight: 9 },
  { name: '净水器', price: 2199, margin: 0.24, weight: 10 }
] as const;

export const PRODUCT_WEIGHTS = PRODUCTS.map((product) => product.weight);

export const CHANNELS = ['online', 'store', 'partner'] as const;
export type SalesChannel = (typeof CHANNELS)[number];

/** Channel mix by who sells: sales staff mostly online and in stores, operations staff through partners. */
export const CHANNEL_WEIGHTS = {
  sales: [0.62, 0.3, 0.08],
  operations: [0.35, 0.05, 0.6],
  manager: [0.45, 0.35, 0.2]
} as const;

/** Units per order: retail orders are mostly single items, partner orders come in small batches. */
export const RETAIL_QUANTITIES = { values: [1, 2, 3], weights: [0.78, 0.17, 0.05] } as const;
export const PARTNER_QUANTITIES = { values: [2, 3, 4], weights: [0.4, 0.4, 0.2] } as const;

/** Mean discount off list price (discounts are uniform between 0 and twice this). */
export const MEAN_DISCOUNT = 0.06;

const weightedMean = (values: readonly number[], weights: readonly number[]) =>
  values.reduce((sum, v, i) => sum + v * weights[i]!, 0) / weights.reduce((a, b) => a + b, 0);

const MEAN_PRICE = weightedMean(PRODUCTS.map((p) => p.price), PRODUCT_WEIGHTS);
/** Mean profit share of an order's amount (weighted by amount). */
export const MEAN_MARGIN = weightedMean(PRODUCTS.map((p) => p.margin * p.price), PRODUCT_WEIGHTS) / MEAN_PRICE;

/** Expected amount of one order for a channel mix: what a seller's monthly target is built from. */
export function expectedOrderAmount(channelWeights: readonly number[]): number {
  const retail = weightedMean(RETAIL_QUANTITIES.values, RETAIL_QUANTITIES.weights);
  const partner = weightedMean(PARTNER_QUANTITIES.values, PARTNER_QUANTITIES.weights);
  const quantity = weightedMean([retail, retail, partner], channelWeights);
  return MEAN_PRICE * (1 - MEAN_DISCOUNT) * quantity;
}

/** Customer-satisfaction comments, a few with commas, quotes or a line break (the files must quote them right). */
export const COMMENTS = {
  happy: ['回复很快，问题解决了', '服务态度很好', '物流很快，满意', 'Quick and friendly, thanks!', '客服很专业', 'Solved it in one call, great'],
  neutral: ['还行吧', '等待时间有点长', 'OK, but I had to explain "twice"', '解决了，但流程有点繁琐'],
  unhappy: ['等了很久没人回复', '问题没有解决', 'Nobody answered, then they said "wait", again', '态度一般，\n不会再买了', '发货太慢了，很失望']
} as const;
