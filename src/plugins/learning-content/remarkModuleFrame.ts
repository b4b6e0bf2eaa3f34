import type { Root } from 'mdast';
import type { VFile } from 'vfile';

const LEARNING_PAGE_TYPES = new Set(['module', 'case']);

function jsxElement(name: string) {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: [],
    children: [],
  } as unknown as Root['children'][number];
}

/**
 * Frames every module and case page with its learning objectives (after the
 * title) and its key points and way to the quiz (at the end). Both come from
 * the validated front matter, so authors never write them twice and every
 * page has them in the same place.
 */
export default function remarkModuleFrame() {
  return (tree: Root, file: VFile) => {
    const frontMatter = (file.data as { frontMatter?: Record<string, unknown> }).frontMatter;
    if (!LEARNING_PAGE_TYPES.has(String(frontMatter?.page_type))) return;
    // A content note that opens the page stays first: learners see the warning
    // before anything else about the case, objectives included. The front
    // matter itself is the first node of the tree (type "yaml").
    const firstContent = tree.children.findIndex(
      (node) => !['yaml', 'toml', 'mdxjsEsm'].includes(node.type),
    );
    const first = tree.children[firstContent] as { type: string; name?: string } | undefined;
    const opensWithContentNote =
      first?.type === 'mdxJsxFlowElement' && first.name === 'ContentNote';
    const at =
      firstContent < 0 ? tree.children.length : firstContent + (opensWithContentNote ? 1 : 0);
    tree.children.splice(at, 0, jsxElement('ModuleObjectives'));
    tree.children.push(jsxElement('ModuleKeyPoints'));
  };
}
