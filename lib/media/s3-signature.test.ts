import { expect, it } from 'vitest';
import { amzDate, encodeSegment, signRequest } from './s3-signature';

// The worked example from the S3 SigV4 documentation ("GET Object" with a Range header).
it('signs the documented GET Object example', () => {
  const authorization = signRequest({
    method: 'GET',
    path: '/test.txt',
    headers: {
      host: 'examplebucket.s3.amazonaws.com',
      range: 'bytes=0-9',
      'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'x-amz-date': '20130524T000000Z',
    },
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' },
  });
  expect(authorization).toBe(
    'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
  );
});

it('formats the date and encodes path segments as SigV4 expects', () => {
  expect(amzDate(new Date('2026-11-30T08:09:10.123Z'))).toBe('20261130T080910Z');
  expect(encodeSegment("photos (1)!*'.jpg")).toBe('photos%20%281%29%21%2A%27.jpg');
});
