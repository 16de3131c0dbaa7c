import express, { type Request, type Router } from 'express';
import type { Logger } from '../logger.ts';
import { AcsFailure, createAcsValidator } from './acs/validate.ts';
import { createAuthnRequest } from './authn-request.ts';
import type { EauthConfig } from './config/schema.ts';
import type { EauthErrorCode } from './errors.ts';
import { sendErrorPage } from './error-page.ts';
import { AUTO_SUBMIT_JS, autoPostPage, sendAutoPost } from './html.ts';
import { eauthStrings, pickLang } from './i18n.ts';
import type { VerifiedIdentity } from './identity.ts';
import type { LoginContext } from './login-context.ts';
import { parseLoginForm } from './login-request.ts';
import { spMetadataXml } from './metadata.ts';
import { safeReturnPath } from './return-path.ts';
import type { EauthStore } from './store.ts';

export interface EauthRouterDeps {
  config: EauthConfig;
  store: EauthStore;
  /**
   * Called once per accepted login with the pseudonymous identity; returns the local path to send
   * the citizen to (normally context.returnPath). A throw shows an error page and keeps nothing.
   */
  onIdentity(identity: VerifiedIdentity, context: LoginContext): Promise<string>;
  logger: Logger;
  /**
   * Optional: where to send the citizen after a rejected answer to one of our requests (e.g. back
   * into the conversation with a notice). Without it, or when it returns undefined, an error page
   * with a link back is shown. Nothing about the person is passed: only the code and the context.
   */
  onFailure?(code: EauthErrorCode, context: LoginContext): Promise<string | undefined>;
  /**
   * Optional gate for starting a login, e.g. that the caller holds the conversation's citizen token
   * (otherwise someone could bind their victim's identity to a conversation of their own).
   */
  authorizeLogin?(req: Request, context: LoginContext): Promise<boolean>;
  /** Origins allowed to post the login form; a present Origin header outside it is refused. */
  allowedOrigins?: readonly string[];
  /** Where this router is mounted, for the auto-submit script's URL. Default "/eauth". */
  mountPath?: string;
}

/** Mounted at /eauth: GET /metadata, POST /login, POST /acs, GET /autosubmit.js. */
export function createEauthRouter(deps: EauthRouterDeps): Router {
  const { config, store, logger } = deps;
  const log = logger.child({ component: 'eauth' });
  const mountPath = deps.mountPath ?? '/eauth';
  const validate = createAcsValidator({ config, store });
  const metadata = spMetadataXml(config);
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '512kb', parameterLimit: 20 });

  router.get('/metadata', (_req, res) => {
    res.type('application/samlmetadata+xml').send(metadata);
  });

  router.get('/autosubmit.js', (_req, res) => {
    res.type('text/javascript').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(AUTO_SUBMIT_JS);
  });

  router.post('/login', form, express.json({ limit: '4kb' }), async (req, res, next) => {
    try {
      const lang = pickLang(undefined, req.headers['accept-language']);
      const origin = req.headers.origin;
      // A form posted under `Referrer-Policy: no-referrer` (the hub's) carries `Origin: null`: no
      // information, like no header; authorizeLogin (the citizen token, a link code) is the real check.
      const originOk =
        !deps.allowedOrigins ||
        origin === undefined ||
        origin === 'null' ||
        deps.allowedOrigins.includes(origin);
      const context = originOk ? parseLoginForm(req.body, config, lang) : undefined;
      if (!context || (deps.authorizeLogin && !(await deps.authorizeLogin(req, context)))) {
        log.warn({ event: 'eauth.login_refused', code: 'invalid_login_request' });
        sendErrorPage(res, { code: 'invalid_login_request', lang });
        return;
      }
      const request = createAuthnRequest(config, context.level);
      await store.savePending(request.id, context, config.pendingTtlMs);
      log.info({
        event: 'eauth.login_started',
        requestId: request.id,
        level: context.level,
        purpose: context.purpose,
      });
      const s = eauthStrings[context.lang].redirect;
      sendAutoPost(
        res,
        autoPostPage({
          lang: context.lang,
          title: s.title,
          text: s.text,
          button: s.button,
          action: config.idp.ssoUrl,
          fields: { SAMLRequest: request.samlRequest },
          scriptPath: `${mountPath}/autosubmit.js`,
        }),
        config.idp.ssoUrl,
      );
    } catch (error) {
      next(error);
    }
  });

  router.post('/acs', form, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    let accepted;
    try {
      accepted = await validate(body.SAMLResponse);
    } catch (error) {
      const failure = error instanceof AcsFailure ? error : undefined;
      const code = failure?.code ?? 'internal_error';
      log.warn({ event: 'eauth.login_failed', code, requestId: failure?.requestId });
      const redirect =
        failure?.context && deps.onFailure
          ? safeReturnPath(await deps.onFailure(code, failure.context).catch(() => undefined))
          : undefined;
      if (redirect) {
        res.setHeader('Cache-Control', 'no-store');
        res.redirect(303, redirect);
        return;
      }
      sendErrorPage(res, {
        code,
        lang: failure?.context?.lang ?? pickLang(undefined, req.headers['accept-language']),
        returnPath: failure?.context?.returnPath,
      });
      return;
    }
    const { identity, context, requestId } = accepted;
    try {
      const target = safeReturnPath(await deps.onIdentity(identity, context)) ?? context.returnPath;
      log.info({
        event: 'eauth.login_succeeded',
        requestId,
        level: identity.levelOfAssurance,
        kind: identity.kind,
      });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, target);
    } catch (error) {
      log.error({
        event: 'eauth.identity_handler_failed',
        requestId,
        type: error instanceof Error ? error.name : typeof error,
      });
      sendErrorPage(res, { code: 'internal_error', lang: context.lang, returnPath: context.returnPath });
    }
  });

  return router;
}
