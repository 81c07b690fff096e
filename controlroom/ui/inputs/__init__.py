"""The inputs area's Qt side: the input panel, its item model, the workbook export dialog, the PDF writer."""
