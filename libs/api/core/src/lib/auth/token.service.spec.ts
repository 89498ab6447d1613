import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { TokenService } from './token.service';

const SECRET = 'a-configured-signing-secret-of-48-characters-xyz';
const CLAIMS = { sub: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f', sid: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', tv: 3 };

/** A token signed with the secret as a string, as jsonwebtoken is usually called. */
const sign = (claims: object, secret: string, options: Record<string, unknown>) =>
  new JwtService({}).sign(claims, { secret, ...options });

async function tokens(secret = SECRET): Promise<TokenService> {
  const config = Object.assign(new AppConfig(), { ASSAY_JWT_SECRET: secret, ASSAY_SESSION_HOURS: 12 });
  const sut = new TokenService(new JwtService({}), config, {} as DataSource);
  await sut.onModuleInit();
  return sut;
}

describe('TokenService', () => {
  it('verifies what it signs', async () => {
    const sut = await tokens();
    expect(await sut.verify(await sut.sign(CLAIMS))).toEqual(CLAIMS);
  });

  it('verifies a token signed with the secret as a string, as tokens issued before were', async () => {
    const sut = await tokens();
    const earlier = sign(CLAIMS, SECRET, { algorithm: 'HS256', expiresIn: 3600, issuer: 'assay' });
    expect(await sut.verify(earlier)).toEqual(CLAIMS);
  });

  it.each([
    ['another secret', sign(CLAIMS, `${SECRET}-other`, { algorithm: 'HS256', issuer: 'assay', expiresIn: 60 })],
    ['another issuer', sign(CLAIMS, SECRET, { algorithm: 'HS256', issuer: 'elsewhere', expiresIn: 60 })],
    ['another algorithm', sign(CLAIMS, SECRET, { algorithm: 'HS512', issuer: 'assay', expiresIn: 60 })],
    ['expired', sign(CLAIMS, SECRET, { algorithm: 'HS256', issuer: 'assay', expiresIn: -10 })],
    [
      'a session id that is no UUID',
      sign({ ...CLAIMS, sid: 'x' }, SECRET, { algorithm: 'HS256', issuer: 'assay', expiresIn: 60 }),
    ],
    ['a token that never expires', sign(CLAIMS, SECRET, { algorithm: 'HS256', issuer: 'assay' })],
    ['garbage', 'not.a.token'],
  ])('refuses %s', async (_what, token) => {
    expect(await (await tokens()).verify(token)).toBeNull();
  });

  it('remembers a verified token until it expires, and never a token that differs from it', async () => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const sut = await tokens();
      const token = sign(CLAIMS, SECRET, { algorithm: 'HS256', issuer: 'assay', expiresIn: 60 });
      expect(await sut.verify(token)).toEqual(CLAIMS);
      expect(await sut.verify(token)).toEqual(CLAIMS);
      const [header, payload, signature] = token.split('.');
      const tampered = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
      expect(await sut.verify(tampered)).toBeNull();
      jest.setSystemTime(Date.now() + 61_000);
      expect(await sut.verify(token)).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });
});
