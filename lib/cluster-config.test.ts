import { describe, expect, it } from 'vitest';
import { checkClusterConfig } from './cluster-config';

const complete = {
  REDIS_URL: 'redis://10.0.0.5:6379',
  AUTH_SECRET: 'a-long-shared-secret-of-forty-characters!',
  DATABASE_URL: 'postgres://zebian@10.0.0.4/zebian',
  PUBLIC_URL: 'https://news.example.com',
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  NEXT_DEPLOYMENT_ID: 'release-42',
  MEDIA_S3_BUCKET: 'media',
};

describe('cluster settings', () => {
  it('asks nothing of a single server', () => {
    expect(checkClusterConfig({})).toEqual({ errors: [], warnings: [] });
  });

  it('accepts a complete cluster', () => {
    expect(checkClusterConfig(complete)).toEqual({ errors: [], warnings: [] });
  });

  it.each([
    ['AUTH_SECRET', undefined, /set AUTH_SECRET to one value shared by every server/],
    ['AUTH_SECRET', 'short', /shorter than 32/],
    ['DATABASE_URL', undefined, /DATABASE_URL is not/],
    ['PUBLIC_URL', undefined, /PUBLIC_URL is not/],
    ['PUBLIC_URL', 'news.example.com', /PUBLIC_URL must be/],
    ['REDIS_URL', 'http://x', /redis:\/\//],
    ['NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', 'c2hvcnQ=', /16, 24 or 32-byte/],
  ])('refuses %s = %s', (name, value, message) => {
    const { errors } = checkClusterConfig({ ...complete, [name]: value });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', /same build/],
    ['NEXT_DEPLOYMENT_ID', /NEXT_DEPLOYMENT_ID is not set/],
    ['MEDIA_S3_BUCKET', /DATA_DIR\/media/],
  ])('warns without %s', (name, message) => {
    const { errors, warnings } = checkClusterConfig({ ...complete, [name]: undefined });
    expect(errors).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(message);
  });
});
