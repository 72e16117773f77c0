import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, type TFieldError } from '../errors.js';

interface TErrorBody {
  error: { code: string; message: string; messageEn: string; fields?: TFieldError[] };
}

const body = (code: string, zh: string, en: string, fields?: TFieldError[]): TErrorBody => ({
  error: { code, message: zh, messageEn: en, ...(fields ? { fields } : {}) },
});

/** PostgreSQL errors a client can cause with well-formed input (constraint races, out-of-range values). */
const PG_CLIENT_ERRORS: Record<string, [number, string, string, string]> = {
  '23505': [409, 'DUPLICATE', '记录已存在（唯一性冲突）', 'A record with the same key already exists'],
  '23503': [400, 'REFERENCE_INVALID', '引用的记录不存在', 'A referenced record does not exist'],
  '22001': [400, 'VALUE_TOO_LONG', '输入的值过长', 'A value is too long'],
  '22003': [400, 'VALUE_OUT_OF_RANGE', '数值超出范围', 'A number is out of range'],
  '22P02': [400, 'VALUE_INVALID', '输入的值格式不正确', 'A value has the wrong format'],
  '22007': [400, 'VALUE_INVALID', '日期格式不正确', 'A date has the wrong format'],
  '22008': [400, 'VALUE_INVALID', '日期超出范围', 'A date is out of range'],
  '22021': [400, 'VALUE_INVALID', '文本编码不正确', 'Text has an invalid encoding'],
  '54000': [400, 'VALUE_TOO_LONG', '输入的值过长', 'A value is too long'],
};

function pgCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 3 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function zodFields(err: ZodError): TFieldError[] {
  return err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

export function registerErrorHandling(app: FastifyInstance, opts: { spaIndex?: boolean } = {}) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send(body(err.code, err.messageZh, err.messageEn, err.fields));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => ({
        path: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      return reply
        .status(400)
        .send(body('VALIDATION_FAILED', '请求参数有误，请检查标出的字段', 'Invalid request: see the fields', fields));
    }
    if (err instanceof ZodError) {
      return reply
        .status(400)
        .send(body('VALIDATION_FAILED', '请求参数有误，请检查标出的字段', 'Invalid request: see the fields', zodFields(err)));
    }
    const code = pgCode(err);
    if (code && PG_CLIENT_ERRORS[code]) {
      const [status, c, zh, en] = PG_CLIENT_ERRORS[code];
      req.log.warn({ err }, 'database rejected a value');
      return reply.status(status).send(body(c, zh, en));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err }, 'response did not match its schema');
      return reply.status(500).send(body('INTERNAL', '服务器内部错误', 'Internal server error'));
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, body too large, wrong content type …
      const map: Record<string, [string, string]> = {
        FST_ERR_CTP_INVALID_JSON_BODY: ['请求体不是有效的 JSON', 'The body is not valid JSON'],
        FST_ERR_CTP_EMPTY_JSON_BODY: ['请求体为空', 'The body is empty'],
        FST_ERR_CTP_BODY_TOO_LARGE: ['请求体过大', 'The body is too large'],
        FST_ERR_CTP_INVALID_MEDIA_TYPE: ['不支持的内容类型', 'Unsupported content type'],
      };
      const [zh, en] = map[err.code] ?? ['请求无效', err.message];
      return reply.status(status).send(body(err.code ?? 'BAD_REQUEST', zh, en));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', '服务器内部错误', 'Internal server error'));
  });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    // Client-side routes get the app; a missing file (an old build's /assets/x.js) gets a real 404.
    if (opts.spaIndex && req.method === 'GET' && !path.startsWith('/api') && !/\.[A-Za-z0-9]+$/.test(path)) {
      return reply.type('text/html').sendFile('index.html');
    }
    reply.status(404).send(body('ROUTE_NOT_FOUND', `接口不存在：${req.method} ${req.url.split('?')[0]}`, `No such endpoint: ${req.method} ${req.url.split('?')[0]}`));
  });
}
