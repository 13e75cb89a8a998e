import { describe, expect, it } from 'vitest';
import { splitAntdCss } from '../../renderer/build/split-antd-css';

describe('splitAntdCss', () => {
  const css = [
    'a{color:var(--ant-color-link);}',
    ':root{--ant-blue:#1677ff;}',
    '.ant-btn{padding:4px 15px;}',
    '.ant-table .ant-btn{padding:0;}',
    '.ant-table-cell{padding:8px;}',
    '.ant-input-number{width:90px;}',
    '.ant-input{width:100%;}',
    '.ant-picker-dropdown.ant-slide-up-enter{opacity:0;}',
    '.ant-select-dropdown.ant-slide-up-enter{opacity:0;}',
    '.ant-btn:not(.ant-table-cell){margin:0;}',
    '.ant-modal,.ant-card{border:0;}',
    '@media (min-width: 576px){.ant-col-sm-24{display:block;}.ant-table{display:none;}}',
    '@keyframes antFadeIn{0%{opacity:0;}100%{opacity:1;}}',
    '.ant-typography::after{content:"}{";}',
  ].join('');
  const { first, rest } = splitAntdCss(css);

  it('keeps every rule, in one sheet or the other', () => {
    // The @media block is split in two: its condition appears in both sheets.
    expect(first.length + rest.length).toBe(css.length + '@media (min-width: 576px){}'.length);
  });

  it('keeps for the first screen what its components can match, and global rules', () => {
    for (const rule of [
      'a{',
      ':root{',
      '.ant-btn{',
      '.ant-input{',
      '.ant-select-dropdown.ant-slide-up-enter{',
      '.ant-btn:not(.ant-table-cell){',
      '.ant-modal,.ant-card{',
      '@keyframes antFadeIn{',
      '.ant-typography::after{content:"}{";}',
      '@media (min-width: 576px){.ant-col-sm-24{display:block;}}',
    ]) {
      expect(first).toContain(rule);
    }
  });

  it('leaves out rules that need another component', () => {
    for (const rule of ['.ant-table .ant-btn{', '.ant-table-cell{', '.ant-input-number{', '.ant-picker-dropdown']) {
      expect(first).not.toContain(rule);
      expect(rest).toContain(rule);
    }
    expect(rest).toContain('@media (min-width: 576px){.ant-table{display:none;}}');
  });
});
