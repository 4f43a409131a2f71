"""Units of measure, by name: each line "unit: the forms that name it" (English and Dutch).

A unit of measure is the head of what follows it ("187 km north", "4.200 hectoliter
gebrouwen"): the count is of that unit, not of the next noun.
"""

MEASURES = """
km: km kilometer kilometers kilometre kilometres kilometer kilometers
m: meter meters metre metres
cm: cm centimeter centimeters centimetre centimetres
mm: mm millimeter millimeters
mile: mi mile miles mijl mijlen meile meilen
ft: ft foot feet
kg: kg kilo kilos kilogram kilograms kilogramme
g: gram grams gramme
mg: mg milligram milligrams
ton: ton tons tonne tonnes
l: liter liters litre litres
hl: hl hectoliter hectoliters hectolitre hectolitres
cl: cl centiliter centiliters centilitre centilitres
ml: ml milliliter milliliters millilitre millilitres
kwh: kwh kilowattuur kilowatt-hour kilowatt-hours
mwh: mwh megawattuur megawatt-hour megawatt-hours
gwh: gwh gigawattuur gigawatt-hour gigawatt-hours
gallon: gallon gallons
barrel: barrel barrels
ha: ha hectare hectares
acre: acre acres
"""
