import {
  BoldOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  PictureOutlined,
  RedoOutlined,
  StrikethroughOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import Image from '@tiptap/extension-image';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { App, Button, Flex, Tooltip } from 'antd';
import { type ReactNode, useEffect, useRef } from 'react';
import { useApiError } from '../../../app/hooks/useApiError';
import { useT } from '../../../app/i18n';
import { uploadImage } from './api';

// The article editor (Tiptap 3 on ProseMirror): headings, bold/italic/underline/strike, lists, quote,
// links, images uploaded through /api/v1/files. What it produces is sanitized again by the server.

export interface TRichEditorProps {
  value?: string;
  onChange?: (html: string) => void;
  'aria-label'?: string;
}

export function RichEditor({ value, onChange, 'aria-label': label }: TRichEditorProps) {
  const t = useT();
  const { modal } = App.useApp();
  const showError = useApiError();
  const fileInput = useRef<HTMLInputElement>(null);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], HTMLAttributes: { rel: 'noopener noreferrer' } },
      }),
      Image.configure({ allowBase64: false }),
    ],
    content: value ?? '',
    editorProps: { attributes: { 'aria-label': label ?? t('content.body'), class: 'kx-editor', role: 'textbox', 'aria-multiline': 'true' } },
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });
  // the form may set the value after mount (an edited record loaded)
  useEffect(() => {
    if (editor && value !== undefined && value !== editor.getHTML() && !(value === '' && editor.isEmpty)) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      underline: e?.isActive('underline') ?? false,
      strike: e?.isActive('strike') ?? false,
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      quote: e?.isActive('blockquote') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });

  const tool = (key: string, name: string, icon: ReactNode, run: () => void, on?: boolean) => (
    <Tooltip key={key} title={name}>
      <Button size="small" type={on ? 'primary' : 'text'} aria-label={name} aria-pressed={on ?? undefined} icon={icon} onMouseDown={(e) => e.preventDefault()} onClick={run} />
    </Tooltip>
  );
  const chain = () => editor!.chain().focus();

  const setLink = () => {
    let href = editor?.getAttributes('link').href ?? 'https://';
    modal.confirm({
      title: t('content.editor.link'),
      content: <input aria-label={t('content.editor.linkUrl')} defaultValue={href} style={{ width: '100%' }} onChange={(e) => (href = e.target.value)} />,
      onOk: () => {
        if (!href || href === 'https://') chain().unsetLink().run();
        else if (/^(https?:|mailto:)/i.test(href.trim())) chain().extendMarkRange('link').setLink({ href: href.trim() }).run();
      },
    });
  };

  const onFile = async (file: File | undefined) => {
    if (!file || !editor) return;
    try {
      const src = await uploadImage(file);
      chain().setImage({ src, alt: file.name.replace(/\.[^.]+$/, '') }).run();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <div style={{ border: '1px solid #d9d9d9', borderRadius: 6 }}>
      <Flex wrap gap={2} style={{ padding: 4, borderBottom: '1px solid #f0f0f0' }} role="toolbar" aria-label={t('content.editor.toolbar')}>
        {editor ? (
          <>
            {tool('h2', t('content.editor.h2'), <strong>H2</strong>, () => chain().toggleHeading({ level: 2 }).run(), active?.h2)}
            {tool('h3', t('content.editor.h3'), <strong>H3</strong>, () => chain().toggleHeading({ level: 3 }).run(), active?.h3)}
            {tool('bold', t('content.editor.bold'), <BoldOutlined />, () => chain().toggleBold().run(), active?.bold)}
            {tool('italic', t('content.editor.italic'), <ItalicOutlined />, () => chain().toggleItalic().run(), active?.italic)}
            {tool('underline', t('content.editor.underline'), <UnderlineOutlined />, () => chain().toggleUnderline().run(), active?.underline)}
            {tool('strike', t('content.editor.strike'), <StrikethroughOutlined />, () => chain().toggleStrike().run(), active?.strike)}
            {tool('bullet', t('content.editor.bullet'), <UnorderedListOutlined />, () => chain().toggleBulletList().run(), active?.bullet)}
            {tool('ordered', t('content.editor.ordered'), <OrderedListOutlined />, () => chain().toggleOrderedList().run(), active?.ordered)}
            {tool('quote', t('content.editor.quote'), <span aria-hidden>❝</span>, () => chain().toggleBlockquote().run(), active?.quote)}
            {tool('link', t('content.editor.link'), <LinkOutlined />, setLink, active?.link)}
            {tool('image', t('content.editor.image'), <PictureOutlined />, () => fileInput.current?.click())}
            {tool('undo', t('content.editor.undo'), <UndoOutlined />, () => chain().undo().run())}
            {tool('redo', t('content.editor.redo'), <RedoOutlined />, () => chain().redo().run())}
          </>
        ) : null}
        <input
          ref={fileInput}
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          aria-label={t('content.editor.imageFile')}
          style={{ display: 'none' }}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </Flex>
      <EditorContent editor={editor} style={{ minHeight: 320, padding: '8px 12px' }} />
      <style>{'.kx-editor{min-height:300px;outline:none}.kx-editor img{max-width:100%}.kx-editor blockquote{border-left:4px solid #ddd;margin:0;padding-left:12px;color:#666}'}</style>
    </div>
  );
}
