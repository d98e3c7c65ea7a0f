import { describe, expect, it } from 'vitest';
import { webAddress } from '@/lib/text/web-address';

describe('webAddress', () => {
  it('accepts http(s) addresses with a host', () => {
    for (const url of [
      'https://36kr.com/p/2135',
      'http://m.xishuta.com/newsview68035.html',
      'http://localhost:3000/x',
      'http://192.168.1.20/',
      'http://[::1]:3000/',
      'https://例子.中国/路径',
    ])
      expect(webAddress(url), url).toBeInstanceOf(URL);
  });

  it('refuses what the URL parser reads leniently, and other schemes', () => {
    for (const url of [
      'http:alert(1)',
      'http://alert(1)',
      'http:/example.com',
      'https:example.com',
      'javascript:alert(1)',
      'data:text/html,<script>',
      'ftp://example.com/',
      'example.com',
      'http://',
      'http:// example.com',
    ])
      expect(webAddress(url), url).toBeUndefined();
  });
});
