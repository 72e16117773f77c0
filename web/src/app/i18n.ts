import { createContext, useContext } from 'react';
import { ROLE_LABELS, type TRole } from '../../../shared/limits';
import { type TModuleMsgKey, WEB_MODULES } from '../modules';
import type { TWebModule } from '../modules/module.types';
import type { TLocale } from './types';

// The app's and the platform's UI strings, in Simplified Chinese (default) and English. Each module
// brings its own namespace (web/src/modules/<m>/i18n.zh.ts, i18n.en.ts) through its manifest; t()
// looks keys up in all of them. `{name}` marks a value filled in by t(). The English dictionaries are
// typed against the Chinese ones, so a missing key does not compile.

const zhCN = {
  'app.name': '智慧科协',
  'app.tagline': '科协业务与数据平台',
  'common.loading': '加载中…',
  'common.ok': '确定',
  'common.cancel': '取消',
  'common.save': '保存',
  'common.create': '新建',
  'common.edit': '编辑',
  'common.delete': '删除',
  'common.view': '查看',
  'common.search': '搜索',
  'common.filter': '筛选',
  'common.reset': '重置',
  'common.actions': '操作',
  'common.close': '关闭',
  'common.refresh': '刷新',
  'common.saved': '已保存',
  'common.deleted': '已删除',
  'common.created': '已创建',
  'common.total': '共 {total} 条',
  'common.none': '—',
  'common.copy': '复制',
  'common.copied': '已复制',
  'common.submit': '提交',
  'common.retry': '重试',
  'common.yes': '是',
  'common.no': '否',
  'common.from': '起',
  'common.to': '止',
  'common.loadFailed': '加载失败',
  'common.fieldsInvalid': '请检查标出的字段',
  'list.import': '导入',
  'list.export': '导出',
  'list.exported': '已导出：{file}',
  'list.template': '下载模板',
  'list.clearFilters': '清除筛选',
  'list.columns': '列设置',
  'list.columnsReset': '恢复默认',
  'list.empty': '暂无记录',
  'list.emptyFiltered': '没有符合筛选条件的记录',
  'lang.label': '界面语言',
  'lang.zh': '中文',
  'lang.en': 'English',
  'forbidden.title': '无权访问',
  'forbidden.desc': '您的角色不能使用此页面，如需开通请联系管理员。',
  'notFound.title': '页面不存在',
  'notFound.desc': '您访问的页面不存在或已被移动。',
  'notFound.back': '返回工作台',

  'orgKind.city': '市科协',
  'orgKind.district': '县（市、区）科协',
  'orgKind.township': '乡镇（街道）科协',
  'orgKind.society': '市级学会',
  'orgKind.enterprise': '企业科协',
  'orgKind.university': '高校科协',
  'orgKind.park': '园区科协',
  'orgKindShort.city': '市科协',
  'orgKindShort.district': '县区科协',
  'orgKindShort.township': '乡镇科协',
  'orgKindShort.society': '学会',
  'orgKindShort.enterprise': '企业科协',
  'orgKindShort.university': '高校科协',
  'orgKindShort.park': '园区科协',

  'portal.staffLogin': '工作人员登录',
  'portal.nav': '门户导航',
  'portal.home': '首页',
  'portal.enterConsole': '进入工作台',
  'portal.subtitle': '连接市、县（市、区）、乡镇（街道）科协和学会、企业、高校、园区科协，让日常工作沉淀为数据。',
  'portal.network': '科协组织网络',
  'portal.networkNote': '数据来自本平台组织机构库',
  'portal.unavailable': '门户数据暂不可用，请稍后再试。',
  'portal.footer': 'kexie 智慧科协 · 开源软件（Apache-2.0）',

  'login.title': '工作人员登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',
  'login.submit': '登录',
  'login.backHome': '返回门户首页',
  'login.hint': '账号由本单位管理员分配；连续输错 {n} 次密码将临时锁定 {m} 分钟。',

  'nav.console': '工作台',
  'nav.dashboard': '控制台首页',
  'nav.group.registry': '基础数据',
  'nav.group.system': '系统管理',
  'nav.orgs': '组织机构',
  'nav.users': '账号管理',
  'nav.audit': '审计日志',
  'nav.tokens': 'API 令牌',

  'search.placeholder': '搜索人员、专家、企业、需求、组织、账号（支持拼音首字母）',
  'search.label': '全局搜索',
  'search.noResults': '没有匹配的结果',
  'search.entity.org': '组织',
  'search.entity.user': '账号',

  'demo.notice': '含演示数据',
  'demo.noticeHint': '当前页面的记录含演示数据（带烧瓶标记），可随时删除',
  'user.menu': '用户菜单',
  'user.changePassword': '修改密码',
  'user.tokens': 'API 令牌',
  'user.logout': '退出登录',
  'user.loggedOut': '已退出登录',
  'pwd.title': '修改密码',
  'pwd.current': '当前密码',
  'pwd.new': '新密码',
  'pwd.confirm': '确认新密码',
  'pwd.required': '请输入密码',
  'pwd.mismatch': '两次输入的新密码不一致',
  'pwd.length': '密码长度应为 {min}–{max} 位',
  'pwd.changed': '密码已修改，其他设备上的登录已退出',

  'dash.welcome': '欢迎，{name}',
  'dash.org': '所属组织',
  'dash.roles': '角色',
  'dash.peopleTotal': '科技工作者',
  'dash.orgTotal': '组织总数',
  'dash.network': '组织网络',
  'dash.shortcuts': '常用功能',
  'dash.unavailable': '暂不可用',
  'dash.todos': '我的待办',
  'dash.todosNone': '您的角色暂无待办事项',
  'dash.todosDone': '全部处理完毕',
  'dash.todosError': '待办事项暂时无法加载',
  'dash.todoOpen': '去处理',
  'dash.overdue': '有逾期',
  'pii.reveal': '显示',
  'pii.revealHint': '显示完整号码（记入审计日志）',
  'pii.revealLabel': '显示完整{field}（记入审计日志）',
  'pii.edit': '显示并修改',
  'pii.editHint': '显示完整{field}并修改（记入审计日志）',
  'pii.unlockHint': '已脱敏：点“显示并修改”查看完整号码后修改（记入审计日志）',
  'pii.kept': '已脱敏，不能在此修改',

  'import.title': '导入{entity}',
  'import.step.pick': '选择文件',
  'import.step.check': '上传与校验',
  'import.step.result': '结果',
  'import.pickHint': '点击或拖拽 .xlsx / .csv 文件到此处',
  'import.pickNote': '请按模板填写。整个文件校验通过后才会写入；任一行有错误，则全部不导入。',
  'import.downloadTemplate': '下载模板',
  'import.start': '开始导入',
  'import.wrongType': '仅支持 .xlsx 或 .csv 文件',
  'import.chooseFirst': '请先选择文件',
  'import.phase.queued': '排队中',
  'import.phase.parsing': '解析文件',
  'import.phase.validating': '校验数据',
  'import.phase.committing': '写入数据',
  'import.phase.done': '完成',
  'import.phase.failed': '失败',
  'import.progress': '已处理 {processed} / {total} 行',
  'import.failedTitle': '导入失败，未导入任何数据',
  'import.failedDesc': '共发现 {n} 处错误，请修正文件后重新上传。',
  'import.firstN': '下表列出前 {n} 处。',
  'import.rowCol': '行号',
  'import.columnCol': '列',
  'import.messageCol': '问题',
  'import.row': '第 {row} 行',
  'import.doneTitle': '导入完成',
  'import.doneDesc': '新增 {inserted} 条，更新 {updated} 条',
  'import.again': '重新选择文件',

  'orgs.title': '组织机构',
  'orgs.filterPlaceholder': '输入名称或编码筛选',
  'orgs.total': '组织总数',
  'orgs.detail': '组织详情',
  'orgs.pickHint': '在左侧组织树中选择一个组织查看详情',
  'orgs.name': '名称',
  'orgs.shortName': '简称',
  'orgs.code': '编码',
  'orgs.kind': '类型',
  'orgs.adcode': '行政区划代码',
  'orgs.parent': '上级组织',
  'orgs.children': '直属下级组织',
  'orgs.subtree': '下级组织总数',
  'orgs.viewPeople': '查看该组织的科技工作者',
  'orgs.viewUsers': '查看该组织的账号',
  'orgs.noMatch': '没有匹配的组织',

  'users.title': '账号管理',
  'users.searchPlaceholder': '用户名或姓名',
  'users.roleFilter': '按角色筛选',
  'users.new': '新建账号',
  'users.editTitle': '编辑账号',
  'users.resetPassword': '重置密码',
  'users.username': '用户名',
  'users.displayName': '姓名',
  'users.org': '所属组织',
  'users.roles': '角色',
  'users.department': '部门',
  'users.enabled': '启用',
  'users.lastLogin': '最近登录',
  'users.createdAt': '创建时间',
  'users.password': '初始密码',
  'users.newPassword': '新密码',
  'users.generate': '生成随机密码',
  'users.usernameRule': '{min}–{max} 位字母、数字、下划线、点或连字符',
  'users.v.username': '请输入用户名',
  'users.v.displayName': '请输入姓名',
  'users.v.org': '请选择所属组织',
  'users.v.roles': '请至少选择一个角色',
  'users.created': '账号已创建',
  'users.passwordReset': '密码已重置，请把新密码告知 {name}',
  'users.disabledMsg': '已停用 {name}',
  'users.enabledMsg': '已启用 {name}',
  'users.you': '当前账号',
  'users.viewAudit': '操作记录',
  'users.orgFixed': '所属组织创建后不能修改',

  'audit.title': '审计日志',
  'audit.at': '时间',
  'audit.actor': '操作人',
  'audit.entity': '对象类型',
  'audit.entityId': '对象编号',
  'audit.action': '动作',
  'audit.ip': 'IP 地址',
  'audit.note': '备注',
  'audit.range': '时间范围',
  'audit.actorFilter': '操作人：{id}',
  'audit.entityIdFilter': '对象编号：{id}',
  'audit.field': '字段',
  'audit.before': '修改前',
  'audit.after': '修改后',
  'audit.noChanges': '没有字段变化',
  'audit.entity.user': '账号',
  'audit.entity.org': '组织',
  'audit.entity.api_token': 'API 令牌',
  'audit.entity.import': '导入',
  'audit.entity.demo': '演示数据',
  'audit.entity.file': '附件',
  'audit.entity.auth': '登录与安全',
  'audit.action.upload': '上传',
  'audit.action.login': '登录',
  'audit.action.login_failed': '登录失败',
  'audit.action.logout': '退出登录',
  'audit.action.token_use': '使用 API 令牌',
  'audit.action.lockout': '账号临时锁定',
  'audit.entity.notification': '站内通知',
  'audit.action.read': '标为已读',
  'audit.action.read-all': '全部标为已读',
  'audit.action.reveal_pii': '查看完整个人信息',
  'audit.actorIs': '操作人：{name}',
  'audit.action.create': '新建',
  'audit.action.update': '修改',
  'audit.action.delete': '删除',
  'audit.action.revoke': '撤销',
  'audit.action.change_password': '修改密码',
  'audit.action.set_locale': '切换语言',
  'audit.action.update+reset_password': '修改并重置密码',
  'audit.action.import': '导入',
  'audit.action.seed': '生成演示数据',
  'audit.action.export': '导出',

  'tokens.title': 'API 令牌',
  'tokens.intro': '脚本和外部系统用令牌调用接口：在请求头中加入 Authorization: Bearer <令牌>。令牌与您的账号权限相同。',
  'tokens.name': '用途',
  'tokens.prefix': '前缀',
  'tokens.createdAt': '创建时间',
  'tokens.lastUsed': '最近使用',
  'tokens.status': '状态',
  'tokens.active': '有效',
  'tokens.revokedTag': '已撤销',
  'tokens.revoke': '撤销',
  'tokens.revokeConfirm': '撤销后，使用此令牌的脚本将无法再访问。确定撤销？',
  'tokens.revoked': '令牌已撤销',
  'tokens.new': '新建令牌',
  'tokens.namePlaceholder': '如：数据同步脚本',
  'tokens.password': '登录密码',
  'tokens.passwordHint': '为安全起见，请再次输入您的登录密码',
  'tokens.issued': '令牌已创建。它只显示这一次，请立即复制并妥善保存。',

} as const satisfies Record<string, string>;

/** Keys of the app's own strings (what a module may use besides its own). */
export type TAppMsgKey = keyof typeof zhCN;

/** Every key: the app's and those of the modules in WEB_MODULES. */
export type TMsgKey = TAppMsgKey | TModuleMsgKey;

const enUS: Record<TAppMsgKey, string> = {
  'app.name': 'Smart CAST',
  'app.tagline': 'Work and data platform for the Association for Science and Technology',
  'common.loading': 'Loading…',
  'common.ok': 'OK',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.create': 'Create',
  'common.edit': 'Edit',
  'common.delete': 'Delete',
  'common.view': 'View',
  'common.search': 'Search',
  'common.filter': 'Filter',
  'common.reset': 'Reset',
  'common.actions': 'Actions',
  'common.close': 'Close',
  'common.refresh': 'Refresh',
  'common.saved': 'Saved',
  'common.deleted': 'Deleted',
  'common.created': 'Created',
  'common.total': '{total} in total',
  'common.none': '—',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.submit': 'Submit',
  'common.retry': 'Retry',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.from': 'From',
  'common.to': 'To',
  'common.loadFailed': 'Could not load',
  'common.fieldsInvalid': 'Please check the marked fields',
  'list.import': 'Import',
  'list.export': 'Export',
  'list.exported': 'Exported: {file}',
  'list.template': 'Template',
  'list.clearFilters': 'Clear filters',
  'list.columns': 'Columns',
  'list.columnsReset': 'Reset',
  'list.empty': 'No records yet',
  'list.emptyFiltered': 'No records match the filters',
  'lang.label': 'Language',
  'lang.zh': '中文',
  'lang.en': 'English',
  'forbidden.title': 'Not allowed',
  'forbidden.desc': 'Your role cannot use this page. Ask your administrator if you need it.',
  'notFound.title': 'Page not found',
  'notFound.desc': 'The page does not exist or has moved.',
  'notFound.back': 'Back to the console',

  'orgKind.city': 'City association',
  'orgKind.district': 'County & district associations',
  'orgKind.township': 'Township & subdistrict associations',
  'orgKind.society': 'Societies',
  'orgKind.enterprise': 'Enterprise associations',
  'orgKind.university': 'University associations',
  'orgKind.park': 'Park associations',
  'orgKindShort.city': 'City',
  'orgKindShort.district': 'District',
  'orgKindShort.township': 'Township',
  'orgKindShort.society': 'Society',
  'orgKindShort.enterprise': 'Enterprise',
  'orgKindShort.university': 'University',
  'orgKindShort.park': 'Park',

  'portal.staffLogin': 'Staff sign-in',
  'portal.nav': 'Portal navigation',
  'portal.home': 'Home',
  'portal.enterConsole': 'Open the console',
  'portal.subtitle':
    'Connecting the city, county and township associations with societies, enterprise, university and park associations, so that daily work becomes data.',
  'portal.network': 'The association network',
  'portal.networkNote': "Counts from the platform's org registry",
  'portal.unavailable': 'Portal figures are not available right now; please try again later.',
  'portal.footer': 'kexie Smart CAST · open-source software (Apache-2.0)',

  'login.title': 'Staff sign-in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.usernameRequired': 'Enter your username',
  'login.passwordRequired': 'Enter your password',
  'login.submit': 'Sign in',
  'login.backHome': 'Back to the portal',
  'login.hint': 'Accounts are created by your administrator; {n} wrong passwords in a row lock the account for {m} minutes.',

  'nav.console': 'Console',
  'nav.dashboard': 'Dashboard',
  'nav.group.registry': 'Registries',
  'nav.group.system': 'System',
  'nav.orgs': 'Organizations',
  'nav.users': 'Accounts',
  'nav.audit': 'Audit log',
  'nav.tokens': 'API tokens',

  'search.placeholder': 'Search people, experts, enterprises, demands, orgs, accounts (pinyin initials work)',
  'search.label': 'Global search',
  'search.noResults': 'No matches',
  'search.entity.org': 'Organizations',
  'search.entity.user': 'Accounts',

  'demo.notice': 'Includes demo data',
  'demo.noticeHint': 'Records on this page include demo data (marked with a flask); they can be deleted at any time',
  'user.menu': 'User menu',
  'user.changePassword': 'Change password',
  'user.tokens': 'API tokens',
  'user.logout': 'Sign out',
  'user.loggedOut': 'Signed out',
  'pwd.title': 'Change password',
  'pwd.current': 'Current password',
  'pwd.new': 'New password',
  'pwd.confirm': 'Confirm new password',
  'pwd.required': 'Enter a password',
  'pwd.mismatch': 'The two new passwords differ',
  'pwd.length': 'A password has {min}–{max} characters',
  'pwd.changed': 'Password changed; your other sessions were signed out',

  'dash.welcome': 'Welcome, {name}',
  'dash.org': 'Organization',
  'dash.roles': 'Roles',
  'dash.peopleTotal': 'S&T workers',
  'dash.orgTotal': 'Organizations',
  'dash.network': 'The org network',
  'dash.shortcuts': 'Shortcuts',
  'dash.unavailable': 'not available',
  'dash.todos': 'My to-do list',
  'dash.todosNone': 'Nothing on the to-do list for your role',
  'dash.todosDone': 'All done',
  'dash.todosError': 'The to-do list could not be loaded',
  'dash.todoOpen': 'Open',
  'dash.overdue': 'Overdue',
  'pii.reveal': 'Show',
  'pii.revealHint': 'Show the full number (written to the audit log)',
  'pii.revealLabel': 'Show in full: {field} (written to the audit log)',
  'pii.edit': 'Show to edit',
  'pii.editHint': 'Show the full {field} to edit it (written to the audit log)',
  'pii.unlockHint': 'Masked: choose “Show to edit” to see the full number and change it (written to the audit log)',
  'pii.kept': 'Masked; cannot be edited here',

  'import.title': 'Import {entity}',
  'import.step.pick': 'Choose a file',
  'import.step.check': 'Upload & check',
  'import.step.result': 'Result',
  'import.pickHint': 'Click or drag an .xlsx / .csv file here',
  'import.pickNote': 'Fill in the template. Rows are saved only when the whole file passes; if any row has an error, nothing is imported.',
  'import.downloadTemplate': 'Download template',
  'import.start': 'Start import',
  'import.wrongType': 'Only .xlsx or .csv files',
  'import.chooseFirst': 'Choose a file first',
  'import.phase.queued': 'Queued',
  'import.phase.parsing': 'Reading the file',
  'import.phase.validating': 'Checking rows',
  'import.phase.committing': 'Saving',
  'import.phase.done': 'Done',
  'import.phase.failed': 'Failed',
  'import.progress': '{processed} of {total} rows processed',
  'import.failedTitle': 'Import failed: nothing was imported',
  'import.failedDesc': '{n} problem(s) found; fix the file and upload it again.',
  'import.firstN': 'The first {n} are listed below.',
  'import.rowCol': 'Row',
  'import.columnCol': 'Column',
  'import.messageCol': 'Problem',
  'import.row': 'Row {row}',
  'import.doneTitle': 'Import finished',
  'import.doneDesc': '{inserted} added, {updated} updated',
  'import.again': 'Choose another file',

  'orgs.title': 'Organizations',
  'orgs.filterPlaceholder': 'Type a name or code to filter',
  'orgs.total': 'Organizations',
  'orgs.detail': 'Organization',
  'orgs.pickHint': 'Pick an organization in the tree to see its details',
  'orgs.name': 'Name',
  'orgs.shortName': 'Short name',
  'orgs.code': 'Code',
  'orgs.kind': 'Kind',
  'orgs.adcode': 'Region code',
  'orgs.parent': 'Parent',
  'orgs.children': 'Direct children',
  'orgs.subtree': 'All descendants',
  'orgs.viewPeople': 'S&T workers of this organization',
  'orgs.viewUsers': 'Accounts of this organization',
  'orgs.noMatch': 'No matching organization',

  'users.title': 'Accounts',
  'users.searchPlaceholder': 'Username or name',
  'users.roleFilter': 'Filter by role',
  'users.new': 'New account',
  'users.editTitle': 'Edit account',
  'users.resetPassword': 'Reset password',
  'users.username': 'Username',
  'users.displayName': 'Name',
  'users.org': 'Organization',
  'users.roles': 'Roles',
  'users.department': 'Department',
  'users.enabled': 'Enabled',
  'users.lastLogin': 'Last sign-in',
  'users.createdAt': 'Created',
  'users.password': 'Initial password',
  'users.newPassword': 'New password',
  'users.generate': 'Generate',
  'users.usernameRule': '{min}–{max} letters, digits, underscores, dots or hyphens',
  'users.v.username': 'Enter a username',
  'users.v.displayName': 'Enter a name',
  'users.v.org': 'Choose the organization',
  'users.v.roles': 'Choose at least one role',
  'users.created': 'Account created',
  'users.passwordReset': 'Password reset; tell {name} the new password',
  'users.disabledMsg': '{name} disabled',
  'users.enabledMsg': '{name} enabled',
  'users.you': 'You',
  'users.viewAudit': 'Audit trail',
  'users.orgFixed': 'The organization cannot be changed after creation',

  'audit.title': 'Audit log',
  'audit.at': 'Time',
  'audit.actor': 'Actor',
  'audit.entity': 'Record type',
  'audit.entityId': 'Record id',
  'audit.action': 'Action',
  'audit.ip': 'IP address',
  'audit.note': 'Note',
  'audit.range': 'Time range',
  'audit.actorFilter': 'Actor: {id}',
  'audit.entityIdFilter': 'Record id: {id}',
  'audit.field': 'Field',
  'audit.before': 'Before',
  'audit.after': 'After',
  'audit.noChanges': 'No field changed',
  'audit.entity.user': 'Account',
  'audit.entity.org': 'Organization',
  'audit.entity.api_token': 'API token',
  'audit.entity.import': 'Import',
  'audit.entity.demo': 'Demo data',
  'audit.entity.file': 'Attachment',
  'audit.entity.auth': 'Sign-in and security',
  'audit.action.upload': 'Upload',
  'audit.action.login': 'Sign in',
  'audit.action.login_failed': 'Failed sign-in',
  'audit.action.logout': 'Sign out',
  'audit.action.token_use': 'API token used',
  'audit.action.lockout': 'Account locked',
  'audit.entity.notification': 'Notification',
  'audit.action.read': 'Marked as read',
  'audit.action.read-all': 'Marked all as read',
  'audit.action.reveal_pii': 'Personal data revealed',
  'audit.actorIs': 'Actor: {name}',
  'audit.action.create': 'Create',
  'audit.action.update': 'Update',
  'audit.action.delete': 'Delete',
  'audit.action.revoke': 'Revoke',
  'audit.action.change_password': 'Change password',
  'audit.action.set_locale': 'Set language',
  'audit.action.update+reset_password': 'Update and reset password',
  'audit.action.import': 'Import',
  'audit.action.seed': 'Seed demo data',
  'audit.action.export': 'Export',

  'tokens.title': 'API tokens',
  'tokens.intro':
    'Scripts and other systems call the API with a token in the header Authorization: Bearer <token>. A token has the same rights as your account.',
  'tokens.name': 'Purpose',
  'tokens.prefix': 'Prefix',
  'tokens.createdAt': 'Created',
  'tokens.lastUsed': 'Last used',
  'tokens.status': 'Status',
  'tokens.active': 'Active',
  'tokens.revokedTag': 'Revoked',
  'tokens.revoke': 'Revoke',
  'tokens.revokeConfirm': 'Scripts using this token will lose access. Revoke it?',
  'tokens.revoked': 'Token revoked',
  'tokens.new': 'New token',
  'tokens.namePlaceholder': 'e.g. data sync script',
  'tokens.password': 'Password',
  'tokens.passwordHint': 'Enter your sign-in password again, for safety',
  'tokens.issued': 'Token created. It is shown only this once: copy it now and keep it safe.',

};

export type TDictionaries = Record<TLocale, Record<string, string>>;

/**
 * The app's dictionaries merged with every module's namespace.
 * @throws Error when a module defines a key the app or an earlier module already has (two meanings for one key)
 */
export function buildDictionaries(modules: readonly TWebModule[]): TDictionaries {
  const zh: Record<string, string> = { ...zhCN };
  const en: Record<string, string> = { ...enUS };
  for (const m of modules) {
    for (const key of Object.keys(m.messages.zh)) {
      if (key in zh) throw new Error(`i18n key ${key} of module ${m.name} is already defined`);
    }
    Object.assign(zh, m.messages.zh);
    Object.assign(en, m.messages.en);
  }
  return { 'zh-CN': zh, 'en-US': en };
}

/** The dictionaries of the app and WEB_MODULES. */
export const DICTIONARIES: Record<TLocale, Record<TMsgKey, string>> = buildDictionaries(WEB_MODULES);
export const LOCALES: TLocale[] = ['zh-CN', 'en-US'];
export const LOCALE_STORAGE_KEY = 'kexie.locale';

export type TVars = Record<string, string | number>;

/** Looks a key up (in `dicts`, by default the app's and WEB_MODULES') and fills `{name}` placeholders. */
export function translate(locale: TLocale, key: TMsgKey, vars?: TVars, dicts: TDictionaries = DICTIONARIES): string {
  const text = dicts[locale][key] ?? dicts['zh-CN'][key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export type TTranslate = (key: TMsgKey, vars?: TVars) => string;

export interface TI18n {
  locale: TLocale;
  t: TTranslate;
  /** Whether the key is in the dictionaries (module namespaces included). */
  has: (key: string) => boolean;
  /** Changes the language (and remembers it: localStorage, and the account when signed in). */
  setLocale: (locale: TLocale) => void;
}

export const I18nContext = createContext<TI18n>({
  locale: 'zh-CN',
  t: (key, vars) => translate('zh-CN', key, vars),
  has: (key) => key in DICTIONARIES['zh-CN'],
  setLocale: () => {},
});

export const useI18n = () => useContext(I18nContext);

/**
 * The translate function of the current language. A module outside WEB_MODULES (a test fixture) names
 * its own keys: `useT<keyof typeof fixtureZh>()`.
 */
export const useT = <K extends string = never>() => useContext(I18nContext).t as (key: TMsgKey | K, vars?: TVars) => string;

/** Whether a key exists in the current dictionaries (labels for codes a module may not have named). */
export const useHasKey = () => {
  const { has } = useContext(I18nContext);
  return has;
};

/** Role name in the current language (from shared/limits.ts). */
export function roleLabel(role: string, locale: TLocale): string {
  const label = ROLE_LABELS[role as TRole];
  if (!label) return role;
  return locale === 'en-US' ? label.en : label.zh;
}

/** Chinese, or English when asked (server messages come in both). */
export const pick = (locale: TLocale, zh: string, en: string) => (locale === 'en-US' ? en : zh);

/** The language to start with before sign-in: remembered choice, else zh-CN (the default UI). */
export function initialLocale(): TLocale {
  try {
    const saved = localStorage.getItem(LOCALE_STORAGE_KEY);
    if (saved === 'zh-CN' || saved === 'en-US') return saved;
  } catch {
    // storage blocked: default
  }
  return 'zh-CN';
}

export function rememberLocale(locale: TLocale) {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}
