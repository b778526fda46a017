import { AppsViewIds } from '../../../../../src/engine/views/appsView';
import { workspace } from '../../../fixtures/apps';
import { world, command, act, lastView, age } from '../../../fixtures/appsWorld';

describe('the apps view actions', () => {
  async function opened() {
    const w = world({ http: workspace() });
    await command(w);
    w.httpCalls.length = 0;
    return w;
  }

  it('filters as the reader types, and by category, remembering both for that reader', async () => {
    const w = await opened();
    await act(w, AppsViewIds.SearchAction, 'lingo');
    expect(w.views[1]).toMatchObject({ op: 'update', triggerId: 't-2' });
    expect(lastView(w)).toContain('*Translator*');
    expect(lastView(w)).not.toContain('*Poll*');
    await act(w, AppsViewIds.CategoryAction, 'files');
    expect(lastView(w)).toContain('No app matches this search.');
    await act(w, AppsViewIds.SearchAction, '');
    expect(lastView(w)).toContain('*Old bot*');
    expect(lastView(w)).not.toContain('*Translator*');
    await act(w, AppsViewIds.CategoryAction, 'all');
    expect(lastView(w)).toContain('*Translator*');
    expect(w.httpCalls).toHaveLength(0);
  });

  it('ignores a category that was never offered', async () => {
    const w = await opened();
    await act(w, AppsViewIds.CategoryAction, 'everything');
    expect(w.views).toHaveLength(1);
  });

  it('refreshes on the button, but not twice within seconds', async () => {
    const w = await opened();
    await act(w, AppsViewIds.RefreshAction);
    expect(w.httpCalls).toHaveLength(0);
    await age(w, 1);
    await act(w, AppsViewIds.RefreshAction);
    expect(w.httpCalls).toHaveLength(2);
    expect(lastView(w)).toContain('List read just now.');
  });
});
