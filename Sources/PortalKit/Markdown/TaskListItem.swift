import CCmark

/// Task list items (`- [x] done`) as disabled checkboxes labelled by their text, so screen readers announce
/// "checkbox, checked, done" instead of an unlabelled control.
enum TaskListItem {
    /// Turns a cmark-gfm task list item into a plain list item whose first paragraph is
    /// `<label><input type="checkbox" disabled checked> text</label>`.
    static func makeAccessible(_ item: OpaquePointer) {
        let checked = cmark_gfm_extensions_get_tasklist_item_checked(item)
        cmark_node_set_syntax_extension(item, nil)
        guard let paragraph = cmark_node_first_child(item), paragraph.cmarkType == CMARK_NODE_PARAGRAPH,
            let open = cmark_node_new(CMARK_NODE_CUSTOM_INLINE), let close = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        else { return }
        cmark_node_set_on_enter(open, "<label class=\"task\"><input type=\"checkbox\" disabled\(checked ? " checked" : "")> ")
        cmark_node_set_on_enter(close, "</label>")
        cmark_node_prepend_child(paragraph, open)
        cmark_node_append_child(paragraph, close)
    }
}
