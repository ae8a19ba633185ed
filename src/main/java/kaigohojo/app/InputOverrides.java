package kaigohojo.app;

import kaigohojo.input.YNode;

/**
 * Changes made to every submission before it is bound ({@code --set facility.staff=31}): applied to
 * the parsed tree, so a value set on the command line is read exactly as one written in the file.
 */
public interface InputOverrides {
    InputOverrides NONE = doc -> doc;

    YNode apply(YNode doc);
}
