import type { Twofold } from "@twofold/core";
import { errors, type Adapter, type AdapterPayload } from "oidc-provider";

/**
 * oidc-provider's storage over Twofold's database (core's oidc/records.ts): every server of an
 * installation shares it. A code spent twice (two exchanges racing, or a replay) is refused
 * and its grant revoked, whichever exchange loses the one conditional UPDATE.
 */
export function adapterFor(twofold: Twofold): new (model: string) => Adapter {
  const { oidc } = twofold;
  return class TwofoldAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      await oidc.upsert({ model: this.model, id, payload: { ...payload }, expiresIn });
      // The first code of an app's sign-in names the `sid` its logout will carry.
      if (this.model === "AuthorizationCode" && payload.grantId && payload.sid)
        await oidc.noteSid({ grantId: payload.grantId, sid: payload.sid });
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return oidc.find(this.model, id);
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return oidc.findByUid(this.model, uid);
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return oidc.findByUserCode(this.model, userCode);
    }

    async consume(id: string): Promise<void> {
      const outcome = await oidc.consume(this.model, id);
      if (outcome.spent) return;
      if (outcome.grantId) await oidc.revokeGrant(outcome.grantId);
      throw new errors.InvalidGrant("grant already used");
    }

    async destroy(id: string): Promise<void> {
      await oidc.destroy(this.model, id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await oidc.revokeGrant(grantId);
    }
  };
}
