/**
 * Read-only Markdown documents that open as a rendered preview: what a notice announces, the register.
 * They live under the `reclint-preview:` scheme, so VS Code never asks to save them.
 */
import * as vscode from 'vscode';

export const PREVIEW_SCHEME = 'reclint-preview';

export class PreviewDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }

  /** Show `markdown` rendered beside the editor, under a name of its own (the same name reuses the tab). */
  async show(name: string, markdown: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${name}.md` });
    this.texts.set(uri.path, markdown);
    this.changed.fire(uri);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The rule id of a docs URL (`…/docs/rules/<id>.md`). */
export function ruleIdOfDocsUrl(url: string): string | undefined {
  return /\/docs\/rules\/([a-z0-9-]+)\.md(?:[#?].*)?$/.exec(url)?.[1];
}

/** Open a rule's page: the copy inside the extension as a rendered preview (works offline), else the web page. */
export async function openRulePage(context: vscode.ExtensionContext, url: string): Promise<void> {
  const id = ruleIdOfDocsUrl(url);
  if (id) {
    const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
    try {
      await vscode.workspace.fs.stat(local);
      await vscode.commands.executeCommand('markdown.showPreview', local);
      return;
    } catch {
      // Not shipped (a development build): the published page.
    }
  }
  await vscode.env.openExternal(vscode.Uri.parse(url));
}
