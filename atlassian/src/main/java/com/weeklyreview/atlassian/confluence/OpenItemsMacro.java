package com.weeklyreview.atlassian.confluence;

/** The {@code openitems} macro: open tracked problems and actions. */
public class OpenItemsMacro extends ConfluenceMacro {

    /** Creates the macro over the host component. */
    public OpenItemsMacro(ConfluenceMacroHost host) {
        super(host, "OpenItems");
    }
}
