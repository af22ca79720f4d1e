/**
 * The directory of government departments (部门目录): each department's code, the one callers'
 * tokens carry as `department` and every subgraph stores, and its official name. The one copy:
 * records' data catalogue, services' approval matters and sanctions' implementing departments all
 * take their codes and names from here.
 */

/**
 * By code. The order is records' providing departments first (the order its demo authority codes
 * were first numbered in), then the rest; code that needs a stable order keeps its own list.
 */
export const DEPARTMENTS = {
  // Departments that provide credit data (records' catalogue)
  SCJGJ: '市场监督管理局',
  STHJJ: '生态环境局',
  ZJJ: '住房和城乡建设局',
  SWJ: '税务局',
  RSJ: '人力资源和社会保障局',
  JTYSJ: '交通运输局',
  FY: '人民法院',
  XYZX: '信用中心',
  // Departments that handle approval matters or implement joint measures
  FGW: '发展和改革委员会',
  CZJ: '财政局',
  WJW: '卫生健康委员会',
  WGLJ: '文化广电和旅游局',
  YJGLJ: '应急管理局',
  KJJ: '科学技术局',
  /** 商务局: not `SWJ`, which is 税务局. */
  SWJZ: '商务局',
  GGZY: '公共资源交易中心',
  ZZB: '组织部',
  WMB: '精神文明建设办公室',
  // Departments that analyse credit information (analysts' tokens)
  TJJ: '统计局',
  // Bodies outside the local government that implement joint measures
  RMYH: '中国人民银行分支机构',
  JRJG: '金融监督管理局',
  MHJ: '民航管理部门',
  TLJ: '铁路运输企业',
} as const satisfies Record<string, string>;

export type DepartmentCode = keyof typeof DEPARTMENTS;

/**
 * Codes that are no longer used, and the code that replaced each. Data stored under a retired code
 * was migrated to its replacement (services' migration 0001); a token carrying one is out of date.
 */
export const RETIRED_DEPARTMENT_CODES: Readonly<Record<string, DepartmentCode>> = {
  /** The commerce bureau, as services' own list of departments called it. */
  SWUJ: 'SWJZ',
};

export function isDepartmentCode(code: string): code is DepartmentCode {
  return Object.hasOwn(DEPARTMENTS, code);
}

/** The code that replaced a retired code, or undefined for a code that was never retired. */
export function replacementOf(code: string): DepartmentCode | undefined {
  return Object.hasOwn(RETIRED_DEPARTMENT_CODES, code) ? RETIRED_DEPARTMENT_CODES[code] : undefined;
}

/** The department's name; throws for a code not in the directory (reference data built from it fails at load). */
export function departmentName(code: string): string {
  if (!isDepartmentCode(code)) throw new Error(`department ${code} is not in the departments directory (@credit/departments)`);
  return DEPARTMENTS[code];
}
