using PdfSharp.Drawing;
using QRCoder;

namespace EqualityMark.Accreditation.Features.Certificates;

/// <summary>Draws a QR code as vector squares, so it stays sharp at any print size (no bitmap, no image decoder).</summary>
internal static class QrCodeDrawing
{
    public static void Draw(XGraphics graphics, string text, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        graphics.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix[row].Count; column++)
            {
                if (matrix[row][column])
                {
                    // A hair wider than the module, so neighbouring squares never show a seam.
                    graphics.DrawRectangle(XBrushes.Black, x + (column * module), y + (row * module), module + 0.05, module + 0.05);
                }
            }
        }
    }
}
