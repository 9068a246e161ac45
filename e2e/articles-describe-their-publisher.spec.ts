import { expect, test } from './fixtures';

// Structured-data testers want publisher.logo on NewsArticle; social cards want the image described.

test('an article names its publisher with a logo and describes its card image', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('region', { name: '頭條' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('NewsArticle');
  expect(jsonLd.publisher).toMatchObject({ '@type': 'Organization', logo: { '@type': 'ImageObject', url: expect.stringMatching(/^https?:\/\/.+\/logo\.png$/) } });
  const logo = await request.get(new URL(jsonLd.publisher.logo.url).pathname);
  expect(logo.ok()).toBe(true);
  expect(logo.headers()['content-type']).toBe('image/png');

  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', /\/media\//);
  await expect(page.locator('meta[name="twitter:image:alt"]')).toHaveAttribute('content', /.+/);
});
