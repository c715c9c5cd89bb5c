// Schema messages are keys, so a form can show them in the user's language and the server can put the
// Chinese text in its error envelope. Both dictionaries must have every key (checked by the compiler).

export const validationZh = {
  'v.required': '必填',
  'v.tooLong': '内容过长',
  'v.forbiddenChars': '含有不允许的控制字符',
  'v.date': '日期格式应为 YYYY-MM-DD，且为有效日期',
  'v.dateOrder': '立案日期不能早于发现日期',
  'v.uuid': '标识格式不正确',
  'v.idNumber.format': '身份证号应为 18 位，最后一位可为 X',
  'v.idNumber.birthDate': '身份证号中的出生日期无效',
  'v.idNumber.checksum': '身份证号校验位不正确（GB 11643）',
  'v.uscc.format': '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）',
  'v.uscc.orgCode': '统一社会信用代码中的组织机构代码校验位不正确（GB 11714）',
  'v.uscc.checksum': '统一社会信用代码校验位不正确（GB 32100）',
  'v.officers.two': '应指定两名不同的办案人员（《行政处罚法》第四十二条）',
  'v.parties.min': '至少需要一名当事人',
  'v.parties.max': '当事人过多',
  'v.username': '用户名为 2–32 个字符，不含空格',
  'v.password.policy': '密码至少 10 位，且须同时包含字母和数字',
  'v.roles.min': '至少选择一个角色',
  'v.casePrefix': '案号前缀为 1–20 个字符，不含括号和空格',
  'v.invalid': '输入格式不正确',
  'v.violationOrder': '违法行为发生日不能晚于发现日',
  'v.amount': '金额应为正的整数分，且不超过一千亿元',
  'v.fileTooLarge': '文件过大',
  'v.base64': '文件内容编码不正确',
  'v.lossSource': '须关联一个案件或者一条问题线索',
  'v.voluntary': '公益减罚须由当事人自愿申请',
  'v.json': '应为 JSON 对象',
  'v.timestamp': '时间格式应为 ISO 8601（例如 2026-03-02T10:00:00Z）'
} as const

export type ValidationKey = keyof typeof validationZh

export const validationEn: Record<ValidationKey, string> = {
  'v.required': 'Required',
  'v.tooLong': 'Too long',
  'v.forbiddenChars': 'Contains control characters that are not allowed',
  'v.date': 'Use a valid date as YYYY-MM-DD',
  'v.dateOrder': 'The filing date cannot be before the discovery date',
  'v.uuid': 'Malformed identifier',
  'v.idNumber.format': 'An ID number has 18 characters; the last may be X',
  'v.idNumber.birthDate': 'The birth date in the ID number is invalid',
  'v.idNumber.checksum': 'Wrong check digit in the ID number (GB 11643)',
  'v.uscc.format':
    'A unified social credit code has 18 digits or capital letters (no I, O, S, V, Z)',
  'v.uscc.orgCode': 'Wrong organisation-code check digit in the credit code (GB 11714)',
  'v.uscc.checksum': 'Wrong check character in the unified social credit code (GB 32100)',
  'v.officers.two': 'Name two different case officers (APL Art. 42)',
  'v.parties.min': 'At least one party is required',
  'v.parties.max': 'Too many parties',
  'v.username': 'A user name has 2–32 characters and no spaces',
  'v.password.policy': 'A password has at least 10 characters with both letters and digits',
  'v.roles.min': 'Choose at least one role',
  'v.casePrefix': 'The case-number prefix has 1–20 characters, no brackets or spaces',
  'v.invalid': 'Malformed input',
  'v.violationOrder': 'The violation date cannot be after the discovery date',
  'v.amount': 'An amount is a positive whole number of fen, at most 100 billion yuan',
  'v.fileTooLarge': 'The file is too large',
  'v.base64': 'The file content is not valid base64',
  'v.lossSource': 'Link the entry to a case or a complaint clue',
  'v.voluntary': "Public-service reduction needs the party's voluntary application",
  'v.json': 'Must be a JSON object',
  'v.timestamp': 'Use an ISO 8601 time, e.g. 2026-03-02T10:00:00Z'
}

export function isValidationKey(value: string): value is ValidationKey {
  return Object.prototype.hasOwnProperty.call(validationZh, value)
}
