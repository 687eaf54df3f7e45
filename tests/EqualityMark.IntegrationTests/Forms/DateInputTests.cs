using EqualityMark.Shared.Web;

namespace EqualityMark.IntegrationTests.Forms;

/// <summary>What a GOV.UK date input says about what was typed, in the design system's words, and which boxes it marks.</summary>
public sealed class DateInputTests
{
    [Theory]
    [InlineData("31", "2", "2027", "Date of the visit must be a real date, for example 27 3 2027", "day")]
    [InlineData("12", "", "2027", "Date of the visit must include a month", "month")]
    [InlineData("", "", "2027", "Date of the visit must include a day and month", "day,month")]
    [InlineData("12", "3", "", "Date of the visit must include a year", "year")]
    [InlineData("12", "March", "2027", "Date of the visit must be a real date, for example 27 3 2027", "month")]
    [InlineData("x", "13", "2027", "Date of the visit must be a real date, for example 27 3 2027", "day,month")]
    [InlineData("12", "3", "27", "Date of the visit must include a year with 4 numbers, for example 2027", "year")]
    public void A_date_that_is_not_real_is_explained_on_the_boxes_in_error(string day, string month, string year, string message, string parts)
    {
        var input = new DateInput { Day = day, Month = month, Year = year };

        Assert.False(input.IsReal);
        Assert.Null(input.Date);
        Assert.Equal(message, input.ProblemFor("Date of the visit"));
        Assert.Equal(parts.Split(','), input.PartsInError);
    }

    [Theory]
    [InlineData("29", "2", "2028")]
    [InlineData(" 1 ", "09", "2026")]
    public void A_real_date_has_no_problem(string day, string month, string year)
    {
        var input = new DateInput { Day = day, Month = month, Year = year };

        Assert.True(input.IsReal);
        Assert.NotNull(input.Date);
        Assert.Null(input.ProblemFor("Date"));
        Assert.Empty(input.PartsInError);
    }

    [Fact]
    public void Empty_boxes_are_left_to_the_command_to_ask_for()
    {
        var input = new DateInput();

        Assert.True(input.IsReal);
        Assert.Null(input.Date);
        Assert.Null(input.ProblemFor("Date"));
    }
}
