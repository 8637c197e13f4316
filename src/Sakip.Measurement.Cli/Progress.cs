using System.Globalization;
using System.IO;

namespace Sakip.Measurement.Cli;

/// <summary>
/// The progress line of a long <c>report</c> run on a terminal: <c>[2/4] samples/ajung-2023.json</c>,
/// rewritten in place and cleared at the end. Given no writer (output redirected, one file) it
/// writes nothing.
/// </summary>
internal sealed class Progress(TextWriter? terminal, int total)
{
    private int done;
    private int width;

    /// <summary>Shows that the next file is being read.</summary>
    /// <param name="file">The file.</param>
    public void Next(string file)
    {
        if (terminal is null)
        {
            return;
        }
        done++;
        string text = string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {file}");
        terminal.Write("\r" + text.PadRight(width));
        width = text.Length;
        terminal.Flush();
    }

    /// <summary>Clears the line.</summary>
    public void Done()
    {
        if (terminal is null || width == 0)
        {
            return;
        }
        terminal.Write("\r" + new string(' ', width) + "\r");
        terminal.Flush();
    }
}
