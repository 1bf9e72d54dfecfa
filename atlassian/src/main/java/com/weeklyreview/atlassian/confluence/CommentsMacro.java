package com.weeklyreview.atlassian.confluence;

/** The {@code comments} macro: the inline comments of a report page. */
public class CommentsMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public CommentsMacro(ConfluenceMacroHost host) {
        super(host, "Comments");
    }
}
