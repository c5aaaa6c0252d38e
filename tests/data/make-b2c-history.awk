# Writes a B2C-style lead history (the shape of a public online-course lead export: dropdowns
# left at "Select", a Converted column of 1/0) in which the last activity and the time spent on
# the website clearly predict the outcome. Deterministic in any awk (a MINSTD generator):
#   awk -v rows=4000 -f tests/data/make-b2c-history.awk > b2c-history.csv
function next_int(n) { state = (state * 48271) % 2147483647; return state % n }
BEGIN {
    if (rows == "") rows = 4000
    state = 20261201
    split("Google|google|Direct Traffic|Olark Chat|Reference|Select", sources, "|")
    split("Email Opened|SMS Sent|Page Visited on Website|Olark Chat Conversation|Select", activities, "|")
    split("Select|Mumbai|Thane & Outskirts|Other Cities", cities, "|")
    print "Prospect ID,Lead Source,Total Time Spent on Website,TotalVisits,Last Activity,City,Converted"
    for (i = 1; i <= rows; i++) {
        source = sources[next_int(6) + 1]
        activity = activities[next_int(5) + 1]
        city = cities[next_int(4) + 1]
        time = next_int(2000)
        visits = next_int(10) == 0 ? "" : next_int(20)
        p = 8
        if (activity == "SMS Sent") p += 45
        if (time >= 800) p += 25
        if (source == "Reference") p += 15
        converted = next_int(100) < p ? 1 : 0
        printf "P%05d,%s,%d,%s,%s,%s,%d\n", i, source, time, visits, activity, city, converted
    }
}
